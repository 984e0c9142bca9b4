import { Badge, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind } from '../../core/outreach/outreach-rules.js';
import type { OutreachTargetDto } from '../../shared/contracts/outreach.js';
import { useRecommendationLabels } from '../recommendations/labels.js';
import { ChannelCell } from './channel-cell.js';
import type { OpenDialog } from './outreach-dialog.js';

interface Props {
  targets: OutreachTargetDto[];
  today: string;
  canEdit: boolean;
  recentFollowUps: ReadonlySet<string>;
  onOpen: OpenDialog;
}

/** The two channels in their usual order; the header explains each on hover. */
function ChannelHeader({ kind }: { kind: ChannelKind }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`outreach.channelHelp.${kind}`)} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
      <span tabIndex={0} style={{ cursor: 'help', textDecoration: 'underline dotted' }}>
        {t(`outreach.channel.${kind}`)}
      </span>
    </Tooltip>
  );
}

function StateName({ target, heading = false }: { target: OutreachTargetDto; heading?: boolean }) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  return (
    <Stack gap={2}>
      {heading ? (
        <Title order={3} size="h4">
          {labels.state(target.iso3)}
        </Title>
      ) : (
        <Text fw={700}>{labels.state(target.iso3)}</Text>
      )}
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          {labels.group(target.regionalGroup)}
        </Text>
        {target.euMember && (
          <Badge size="xs" variant="outline" color="gray" tt="none">
            {t('outreach.euMember')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/**
 * One row per target State with its embassy and its Geneva mission side by side; below 700 px
 * (phones) one card per State with the two channels one under the other.
 */
export function OutreachBoard({ targets, today, canEdit, recentFollowUps, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useRecommendationLabels();
  const wide = useMediaQuery('(min-width: 700px)', undefined, { getInitialValueInEffect: false });
  const cell = (target: OutreachTargetDto, kind: ChannelKind) => (
    <ChannelCell
      target={{ iso3: target.iso3, stateName: labels.state(target.iso3), kind, channel: target.channels[kind] }}
      today={today}
      canEdit={canEdit}
      recentFollowUps={recentFollowUps}
      onOpen={onOpen}
    />
  );
  if (wide) {
    return (
      <Table aria-label={t('outreach.boardLabel')} verticalSpacing="sm" withRowBorders layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="20%">
              {t('outreach.columns.state')}
            </Table.Th>
            {CHANNEL_KINDS.map((kind) => (
              <Table.Th key={kind} scope="col">
                <ChannelHeader kind={kind} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target) => (
            <Table.Tr key={target.iso3} style={{ verticalAlign: 'top' }}>
              <Table.Th scope="row" fw="normal">
                <StateName target={target} />
              </Table.Th>
              {CHANNEL_KINDS.map((kind) => (
                <Table.Td key={kind}>{cell(target, kind)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  return (
    <Stack gap="sm" component="ul" aria-label={t('outreach.boardLabel')} m={0} p={0} style={{ listStyle: 'none' }}>
      {targets.map((target) => (
        <Paper key={target.iso3} component="li" withBorder p="sm">
          <Stack gap="sm">
            <StateName target={target} heading />
            {CHANNEL_KINDS.map((kind) => (
              <Stack key={kind} gap={6} pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                <Title order={4} size="h6">
                  <ChannelHeader kind={kind} />
                </Title>
                {cell(target, kind)}
              </Stack>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
