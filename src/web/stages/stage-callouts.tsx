import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageText } from '../../core/strategy/stage-texts.js';
import type { StageDto } from '../../shared/contracts/index.js';

/** The stage's notes (facts to keep in mind) and tips (practical advice) as callouts. */
export function StageCallouts({ stage, texts }: { stage: StageDto; texts: StageText }) {
  const { t } = useTranslation();
  if (stage.notes.length === 0 && stage.tips.length === 0) return null;
  return (
    <Stack gap="sm">
      {stage.notes.map((key) => (
        <Alert key={`note-${key}`} color="blue" variant="light" title={t('stage.notes')}>
          {texts.notes[key] ?? key}
        </Alert>
      ))}
      {stage.tips.map((key) => (
        <Alert key={`tip-${key}`} color="teal" variant="light" title={t('stage.tips')}>
          {texts.tips[key] ?? key}
        </Alert>
      ))}
    </Stack>
  );
}
