/**
 * How outreach values read in the user's language: channel statuses (with a colour that is
 * never the only signal: the pill always carries the word), channels, interaction and
 * follow-up kinds, usual posts.
 */
import { useTranslation } from 'react-i18next';
import { COMMON_POSTS, type ChannelKind, type ChannelStatus, type FollowUpKind, type InteractionKind } from '../../core/outreach/outreach-rules.js';

/** From grey (nothing yet) through blues to green (met): ordered, and distinct for colour-blind readers by lightness too. */
export const STATUS_COLORS: Record<ChannelStatus, string> = {
  'not-contacted': 'gray',
  'contact-found': 'cyan',
  'document-sent': 'blue',
  'followed-up': 'indigo',
  'meeting-requested': 'orange',
  'meeting-held': 'teal',
};

export function useOutreachLabels() {
  const { t } = useTranslation();
  return {
    status: (status: ChannelStatus) => t(`outreach.status.${status}`),
    statusHelp: (status: ChannelStatus) => t(`outreach.statusHelp.${status}`),
    channel: (kind: ChannelKind) => t(`outreach.channel.${kind}`),
    channelOf: (stateName: string, kind: ChannelKind) => t('outreach.channelOf', { state: stateName, channel: t(`outreach.channel.${kind}`) }),
    interaction: (kind: InteractionKind) => t(`outreach.kinds.${kind}`),
    followUp: (kind: FollowUpKind) => t(`outreach.followUpKinds.${kind}`),
    /** The usual posts, as suggestions; any other title may be typed. */
    commonPosts: () => COMMON_POSTS.map((post) => t(`outreach.posts.${post}`)),
  };
}
