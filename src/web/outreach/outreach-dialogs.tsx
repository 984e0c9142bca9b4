import type { LoggedInteractionDto } from '../../shared/contracts/outreach.js';
import { ChannelDetailsModal } from './channel-details-modal.js';
import { ChannelHistoryDrawer } from './channel-history-drawer.js';
import { LeavePostModal } from './leave-post-modal.js';
import { LogInteractionModal } from './log-interaction-modal.js';
import type { OutreachDialog } from './outreach-dialog.js';
import { PersonModal } from './person-modal.js';
import { PostModal } from './post-modal.js';

interface Props {
  campaignId: string;
  today: string;
  dialog: OutreachDialog | null;
  onLogged: (result: LoggedInteractionDto) => void;
  onClose: () => void;
}

/** The one open dialog of the board (each is mounted only while open, so its form starts fresh). */
export function OutreachDialogs({ campaignId, today, dialog, onLogged, onClose }: Props) {
  if (!dialog) return null;
  switch (dialog.type) {
    case 'log':
      return <LogInteractionModal campaignId={campaignId} target={dialog.target} today={today} onSaved={onLogged} onClose={onClose} />;
    case 'post':
      return <PostModal campaignId={campaignId} target={dialog.target} onClose={onClose} />;
    case 'details':
      return <ChannelDetailsModal campaignId={campaignId} target={dialog.target} onClose={onClose} />;
    case 'history':
      return <ChannelHistoryDrawer campaignId={campaignId} target={dialog.target} onClose={onClose} />;
    case 'successor':
      return <PersonModal campaignId={campaignId} post={dialog.post} onClose={onClose} />;
    case 'edit-person':
      return <PersonModal campaignId={campaignId} post={dialog.post} person={dialog.person} onClose={onClose} />;
    case 'leave':
      return <LeavePostModal campaignId={campaignId} post={dialog.post} person={dialog.person} onClose={onClose} />;
  }
}
