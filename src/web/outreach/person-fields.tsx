import { Group, Stack, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { personInputSchema } from '../../shared/contracts/outreach.js';
import { inputProps } from '../i18n/form-errors.js';

export interface PersonValues {
  name: string;
  email: string;
  phone: string;
  since: string;
  note?: string;
}

/** The shared schema's message key for one field of a person ('required', 'email', 'invalid-date'…), or null. */
export function fieldError(field: 'name' | 'email' | 'phone' | 'note' | 'since', value: string): string | null {
  const result = personInputSchema.shape[field].safeParse(field === 'since' ? value || null : value);
  if (result.success) return null;
  // The e-mail is a union ('' or an address), whose failure carries no message of its own.
  return field === 'email' ? 'email' : (result.error.issues[0]?.message ?? 'invalid');
}

/** Name, e-mail, phone, "in post since" and (when editing) a note, as one block of a form. */
export function PersonFields<V extends PersonValues>({ form, sinceLabel, withNote = false }: { form: UseFormReturnType<V>; sinceLabel?: string; withNote?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput label={t('outreach.person.name')} autoComplete="off" {...inputProps(form, 'name', t)} />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput type="email" label={t('outreach.person.email')} miw={200} {...inputProps(form, 'email', t)} />
        <TextInput type="tel" label={t('outreach.person.phone')} miw={160} {...inputProps(form, 'phone', t)} />
      </Group>
      <TextInput type="date" label={sinceLabel ?? t('outreach.person.since')} min="2008-01-01" max="2040-12-31" {...inputProps(form, 'since', t)} />
      {withNote && <Textarea label={t('outreach.person.note')} autosize minRows={2} maxRows={6} {...inputProps(form, 'note', t)} />}
    </Stack>
  );
}
