import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  description?: string;
  values: string[];
  max: number;
  /** Label of one entry, numbered: "Recommendation 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  error?: string | undefined;
  disabled?: boolean;
  maxLength: number;
  onChange: (values: string[]) => void;
}

/** A short list of texts (recommendations, questions, references): one field per entry, add and remove. */
export function StringListField({ label, description, values, max, itemLabel, addLabel, error, disabled, maxLength, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  return (
    <Stack gap={6} role="group" aria-label={label}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
      {values.map((value, index) => (
        <Group key={index} gap={6} align="flex-start" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            aria-label={itemLabel(index + 1)}
            value={value}
            onChange={(e) => set(index, e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={6}
            maxLength={maxLength}
            disabled={disabled}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('document.removeItem', { item: itemLabel(index + 1) })}
            onClick={() => onChange(values.filter((_, i) => i !== index))}
            disabled={disabled}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {values.length < max && !disabled && (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => onChange([...values, ''])}>
          + {addLabel}
        </Button>
      )}
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
