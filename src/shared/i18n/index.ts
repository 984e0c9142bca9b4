/**
 * Interface catalogs of every supported language and the one way to start i18next with them.
 * The web app passes react-i18next as a plugin; the server may call it without plugins.
 */
import i18next, { type i18n, type Module } from 'i18next';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { ru } from './ru.js';

export const UI_LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const resources: Record<UiLanguage, { translation: Catalog }> = {
  en: { translation: en },
  ru: { translation: ru },
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** A ready i18next instance (resources are in memory, so initialisation is synchronous). */
export function createI18n(language: UiLanguage, plugins: Module[] = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    initAsync: false,
    returnNull: false,
    // React escapes output itself; the server must escape when it renders HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}

export type { Catalog };
