import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TARGET_COMPONENTS, type TargetComponent } from '../../core/targets/score-targets.js';
import type { RankedTargetDto } from '../../shared/contracts/targets.js';
import { formatNumber } from '../i18n/format.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ResponseBadge } from '../recommendations/response-badge.js';
import { CycleBars } from './cycle-bars.js';

/** Each part of the score as one sentence with its points ("40 points from 120 recommendations on your issues"). */
export function useComponentSentences() {
  const { t, i18n } = useTranslation();
  return (target: RankedTargetDto, surName: string): { key: TargetComponent; points: number; text: string }[] => {
    const f = target.facts;
    const n = (value: number) => formatNumber(value, i18n.language);
    const sentence = (key: TargetComponent): string => {
      const points = formatNumber(target.components[key].points, i18n.language, 1);
      switch (key) {
        case 'issues':
          return f.issueRecs > 0 ? t('targets.why.issues', { points, n: n(f.issueRecs) }) : t('targets.why.issuesNone', { points });
        case 'surHistory':
          return f.toSur > 0
            ? t('targets.why.surHistory', { points, n: n(f.toSur), sur: surName })
            : t('targets.why.surHistoryNone', { points, sur: surName });
        case 'region':
          return f.toRegion > 0
            ? t('targets.why.region', { points, n: n(f.toRegion), sur: surName })
            : t('targets.why.regionNone', { points, sur: surName });
        case 'acceptance':
          return f.surTotal > 0
            ? t('targets.why.acceptance', { points, sur: surName, supported: n(f.surSupported), total: n(f.surTotal) })
            : t('targets.why.acceptanceNone', { points, sur: surName });
        case 'specificity':
          return f.issueRecs > 0
            ? t('targets.why.specificity', { points, specific: n(f.specific), n: n(f.issueRecs) })
            : t('targets.why.specificityNone', { points });
      }
    };
    return TARGET_COMPONENTS.map((key) => ({ key, points: target.components[key].points, text: sentence(key) })).sort(
      (a, b) => b.points - a.points,
    );
  };
}

/** Why a State ranks where it does: the score's parts, its record by cycle, and real recommendation texts. */
export function TargetEvidence({ target, surName }: { target: RankedTargetDto; surName: string }) {
  const { t, i18n } = useTranslation();
  const labels = useRecommendationLabels();
  const sentences = useComponentSentences()(target, surName);
  const { evidence } = target;
  const name = labels.state(target.iso3);
  const headingId = `why-${target.iso3}`;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId} py={4}>
      <Title order={3} size="h5" id={headingId}>
        {t('targets.why.title', { state: name, score: formatNumber(target.score, i18n.language, 0) })}
      </Title>
      <List size="sm" spacing={4}>
        {sentences.map((s) => (
          <List.Item key={s.key}>{s.text}</List.Item>
        ))}
      </List>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('targets.evidence.toSur', { state: name, sur: surName })}
          </Text>
          {evidence.byCycle.length > 0 ? (
            <CycleBars rows={evidence.byCycle} label={t('targets.evidence.toSur', { state: name, sur: surName })} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('targets.evidence.noneToSur', { state: name, sur: surName })}
            </Text>
          )}
        </Stack>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('targets.evidence.onIssues')}
          </Text>
          {evidence.issueByCycle.length > 0 ? (
            <Text size="sm">
              {evidence.issueByCycle
                .map((c) => t('targets.evidence.cycleCount', { cycle: c.cycle, n: formatNumber(c.count, i18n.language) }))
                .join(' · ')}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('targets.evidence.noneOnIssues')}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      {evidence.samples.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('targets.evidence.samples')}
          </Text>
          {evidence.samples.map((sample) => (
            <Paper key={sample.id} withBorder p="sm" bg="var(--mantine-color-body)">
              <Stack gap={6}>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {sample.text}
                </Text>
                <Group gap="xs" wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {t('targets.evidence.sampleMeta', { sur: labels.state(sample.sur.iso3), session: sample.session, cycle: sample.cycle })}
                  </Text>
                  <ResponseBadge response={sample.response} size="sm" />
                  {sample.onIssues && (
                    <Badge size="sm" variant="light" color="blue" tt="none">
                      {t('targets.evidence.onYourIssues')}
                    </Badge>
                  )}
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
