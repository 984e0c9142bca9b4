import { Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTACT_FIELDS, REQUIRED_CONTACT_FIELDS, type ContactField, type ContactMapping, type ContactsPreviewDto } from '../../shared/contracts/contacts.js';
import { formatNumber } from '../i18n/format.js';

interface Props {
  preview: ContactsPreviewDto;
  mapping: ContactMapping;
  onChange: (mapping: ContactMapping) => void;
  /** Show "choose a column" on required fields left empty (after a submit attempt). */
  showErrors: boolean;
}

/** "Column 3: Страна" — the position too, since headers can repeat or be empty. */
export function useColumnLabel() {
  const { t } = useTranslation();
  return (columns: string[], index: number) =>
    columns[index] ? t('outreach.contacts.columnNamed', { n: index + 1, name: columns[index] }) : t('outreach.contacts.column', { n: index + 1 });
}

/** Problems of a mapping: required fields without a column, and columns chosen for two fields. */
export function mappingProblems(mapping: ContactMapping): Partial<Record<ContactField, 'required' | 'twice'>> {
  const problems: Partial<Record<ContactField, 'required' | 'twice'>> = {};
  for (const field of REQUIRED_CONTACT_FIELDS) if (mapping[field] === null) problems[field] = 'required';
  for (const field of CONTACT_FIELDS) {
    const index = mapping[field];
    if (index !== null && CONTACT_FIELDS.some((other) => other !== field && mapping[other] === index)) problems[field] = 'twice';
  }
  return problems;
}

/** One select per field (preselected from the server's guess) and the first rows of the file under their headers. */
export function ContactsMappingTable({ preview, mapping, onChange, showErrors }: Props) {
  const { t, i18n } = useTranslation();
  const columnLabel = useColumnLabel();
  const problems = mappingProblems(mapping);
  const options = preview.columns.map((_, i) => ({ value: String(i), label: columnLabel(preview.columns, i) }));
  const errorOf = (field: ContactField) => {
    const problem = problems[field];
    if (problem === 'twice') return t('outreach.contacts.columnTwice');
    return problem === 'required' && showErrors ? t('outreach.contacts.chooseColumn') : undefined;
  };
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('outreach.contacts.mappingTitle')}
      </Title>
      <Text size="sm">{t('outreach.contacts.mappingHint')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        {CONTACT_FIELDS.map((field) => (
          <Select
            key={field}
            label={t(`outreach.contacts.fields.${field}`)}
            required={REQUIRED_CONTACT_FIELDS.includes(field)}
            placeholder={t('outreach.contacts.notInFile')}
            data={options}
            value={mapping[field] === null ? null : String(mapping[field])}
            onChange={(value) => onChange({ ...mapping, [field]: value === null ? null : Number(value) })}
            clearable={!REQUIRED_CONTACT_FIELDS.includes(field)}
            error={errorOf(field)}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t('outreach.contacts.rowCount', { n: formatNumber(preview.rowCount, i18n.language) })}
      </Text>
      <Table.ScrollContainer minWidth={Math.max(480, preview.columns.length * 110)}>
        <Table fz="xs" striped withTableBorder aria-label={t('outreach.contacts.sample')}>
          <Table.Caption>{t('outreach.contacts.sample')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {preview.columns.map((_, i) => (
                <Table.Th key={i} scope="col">
                  {columnLabel(preview.columns, i)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, c) => (
                  <Table.Td key={c}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
