import { Badge, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../shared/contracts/index.js';
import { formatRange } from '../i18n/format.js';

/** When to call the permanent missions: the window, the Geneva sessions in it, and the free periods. */
export function GenevaOutreach({ outreach }: { outreach: CampaignDto['genevaOutreach'] }) {
  const { t, i18n } = useTranslation();
  const range = (r: { start: string; end: string }) => formatRange(r.start, r.end, i18n.language);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="geneva-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="geneva-title">
          {t('geneva.title')}
        </Title>
        <Text>{t('geneva.window', { dates: range(outreach.window) })}</Text>
        <Title order={3} size="h5">
          {t('geneva.suggested')}
        </Title>
        {outreach.suggested.length ? (
          <List spacing={4}>
            {outreach.suggested.map((period) => (
              <List.Item key={period.start}>
                <Badge color="teal" variant="light" tt="none" mr={6}>
                  ✓
                </Badge>
                {range(period)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('geneva.noSuggested')}</Text>
        )}
        <Title order={3} size="h5">
          {t('geneva.conflicts')}
        </Title>
        {outreach.conflicts.length ? (
          <List spacing={4}>
            {outreach.conflicts.map((c) => (
              <List.Item key={`${c.kind}-${c.number}`}>
                <Badge color="violet" variant="light" tt="none" mr={6}>
                  ✕
                </Badge>
                {t('timeline.conflict', { kind: t(`conflict.${c.kind}`), n: c.number, dates: range(c) })}
                {c.estimated ? ` (${t('common.estimated')})` : ''}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('geneva.noConflicts')}</Text>
        )}
      </Stack>
    </Card>
  );
}
