/**
 * Mantine forms keep validation message *keys* ('required', 'email', …) as errors; they are
 * translated when rendered, so switching the language re-translates them.
 */
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error.js';
import { validationMessage } from './error-message.js';

type AnyForm = UseFormReturnType<any>;

/** `form.getInputProps(path)` with its error translated. */
export function inputProps(form: AnyForm, path: string, t: TFunction, options?: { type?: 'checkbox' }) {
  const props = form.getInputProps(path, options);
  return { ...props, error: validationMessage(props.error, t) };
}

/** Error codes that belong to one field rather than to the whole form. */
const FIELD_CODES: Record<string, string> = { 'invalid-date': 'reviewDate', 'date-out-of-range': 'reviewDate' };

/**
 * Puts the server's field errors on the form. Returns true when every problem landed on a
 * field the form has (so no general message is needed).
 */
export function applyServerErrors(form: AnyForm, error: unknown, fieldCodes: Record<string, string> = FIELD_CODES): boolean {
  if (!isApiError(error)) return false;
  const values = form.getValues() as Record<string, unknown>;
  const codeField = fieldCodes[error.code];
  if (codeField && codeField in values) {
    form.setFieldError(codeField, error.code);
    return true;
  }
  if (error.code !== 'validation') return false;
  const issues = Object.entries(error.fieldIssues()).filter(([field]) => field in values);
  for (const [field, key] of issues) form.setFieldError(field, key);
  return issues.length > 0;
}

/** After a failed submit, move the keyboard focus to the first field with an error. */
export function focusFirstError(errors: Record<string, unknown>): void {
  const first = Object.keys(errors)[0];
  if (!first || typeof document === 'undefined') return;
  document.querySelector<HTMLElement>(`[data-path="${first.replace(/["\\]/g, '\\$&')}"]`)?.focus();
}
