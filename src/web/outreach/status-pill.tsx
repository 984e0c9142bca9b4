import { Badge, Tooltip } from '@mantine/core';
import { CHANNEL_STATUSES, type ChannelStatus } from '../../core/outreach/outreach-rules.js';
import { STATUS_COLORS, useOutreachLabels } from './outreach-labels.js';

/**
 * A channel's status as a pill: the word, its step in the sequence ("2/6") for those who cannot
 * tell the colours apart, and on hover what the status means.
 */
export function StatusPill({ status }: { status: ChannelStatus }) {
  const labels = useOutreachLabels();
  const step = CHANNEL_STATUSES.indexOf(status) + 1;
  return (
    <Tooltip label={labels.statusHelp(status)} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge color={STATUS_COLORS[status]} variant={status === 'not-contacted' ? 'outline' : 'light'} tt="none" size="md" tabIndex={0} style={{ cursor: 'help' }}>
        {step}/{CHANNEL_STATUSES.length} · {labels.status(status)}
      </Badge>
    </Tooltip>
  );
}
