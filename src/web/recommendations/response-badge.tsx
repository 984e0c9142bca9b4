import { Badge, Tooltip } from '@mantine/core';
import { isResponse, RESPONSE_COLORS, useRecommendationLabels } from './labels.js';

/**
 * The State under Review's response as a word on a tinted badge (never colour alone), with
 * what it means on hover or touch ("noted" is UN jargon for "not accepted"). The same
 * explanation is written out where responses are filtered and in the detail view.
 */
export function ResponseBadge({ response, size = 'md' }: { response: string; size?: 'sm' | 'md' }) {
  const labels = useRecommendationLabels();
  const help = labels.responseHelp(response);
  const badge = (
    <Badge
      variant="light"
      color={isResponse(response) ? RESPONSE_COLORS[response] : 'gray'}
      size={size}
      tt="none"
      style={{ cursor: help ? 'help' : undefined, flexShrink: 0 }}
    >
      {labels.response(response)}
    </Badge>
  );
  if (!help) return badge;
  return (
    <Tooltip label={help} multiline w={280} withArrow events={{ hover: true, focus: false, touch: true }}>
      {badge}
    </Tooltip>
  );
}
