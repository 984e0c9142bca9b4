/**
 * Turns any thrown value into a sentence in the user's language: API error codes through
 * `errors.<code>`, validation message keys through `validation.<key>`.
 */
import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error.js';

export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) return t(`errors.${error.code}`, { defaultValue: t('errors.unknown') });
  return t('errors.unknown');
}

/**
 * A validation message key ('required', 'email', …) or an error code put on a field
 * ('setup-code-invalid') as a sentence; unknown keys get a generic one.
 */
export function validationMessage(key: unknown, t: TFunction): string | undefined {
  if (key === undefined || key === null || key === '' || key === false) return undefined;
  const fallback = t(`errors.${String(key)}`, { defaultValue: t('validation.invalid') });
  return t(`validation.${String(key)}`, { defaultValue: fallback });
}
