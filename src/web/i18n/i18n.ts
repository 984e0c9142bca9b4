/**
 * The app's i18next instance. Before sign-in the language comes from localStorage, else from
 * the browser; after sign-in the user's saved language wins (see use-language.ts).
 * `<html lang dir>` follow every change, for screen readers, hyphenation and RTL languages.
 */
import type { TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18n, isUiLanguage, type UiLanguage } from '../../shared/i18n/index.js';

export const LANGUAGE_STORAGE_KEY = 'upr-advocate.language';

function storedLanguage(): UiLanguage | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): UiLanguage {
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export const i18n = createI18n(storedLanguage() ?? browserLanguage(), [initReactI18next]);

function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

/** The current interface language, narrowed to the supported ones. */
export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : 'en';
}

export type Translate = TFunction;
