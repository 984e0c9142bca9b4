/**
 * Which dialog of the outreach board is open, and for which channel, post or person. One value
 * for the whole page, so a row only says what to open and the page renders one modal at a time.
 */
import type { ChannelKind } from '../../core/outreach/outreach-rules.js';
import type { ChannelDto, PersonDto, PostDto } from '../../shared/contracts/outreach.js';

export interface ChannelContext {
  iso3: string;
  stateName: string;
  kind: ChannelKind;
  channel: ChannelDto;
}

export type OutreachDialog =
  | { type: 'log' | 'post' | 'details' | 'history'; target: ChannelContext }
  | { type: 'successor'; target: ChannelContext; post: PostDto }
  | { type: 'edit-person' | 'leave'; target: ChannelContext; post: PostDto; person: PersonDto };

export type OpenDialog = (dialog: OutreachDialog) => void;
