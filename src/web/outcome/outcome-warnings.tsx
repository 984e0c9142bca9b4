import { List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeWarningDto } from '../../shared/contracts/outcome.js';

/** The parser's own sentence without the paragraph it starts with ("140.2: the line-end…"). */
function detailOf(warning: OutcomeWarningDto): string {
  const text = warning.paragraph
    ? warning.message.replace(new RegExp(`^${warning.paragraph.replace('.', '\\.')}:\\s*`), '')
    : warning.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What the parser was unsure of: what to check, in the user's language (by warning code), with
 * the parser's precise finding below (the word it de-hyphenated, the name it did not know).
 */
export function OutcomeWarnings({ warnings, label }: { warnings: readonly OutcomeWarningDto[]; label: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <List
      spacing={4}
      size="sm"
      aria-label={label}
      icon={
        <ThemeIcon color="orange" size={18} radius="xl" variant="light" aria-hidden>
          !
        </ThemeIcon>
      }
    >
      {warnings.map((w, index) => (
        <List.Item key={`${w.code}-${w.line}-${index}`}>
          <Text size="sm" fw={600} span>
            {t(`outcome.warnings.${w.code}`, { defaultValue: t('outcome.warnings.other') })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('outcome.import.parserSays')} <span lang="en">{detailOf(w)}</span>
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
