/**
 * The tool that does a stage's work (STRATEGY.md → catalogue.ts `tool`). Tools are added
 * feature by feature; a stage shows its button only once the tool exists, never a dead one.
 */
import type { StageTool } from '../../core/strategy/catalogue.js';
import type { CampaignDto } from '../../shared/contracts/index.js';

export interface ToolLink {
  to: string;
  /** Key under `stage.tools`. */
  labelKey: 'next-cycle' | 'targets' | 'document' | 'outreach';
}

export function toolLink(tool: StageTool | null, campaign: CampaignDto): ToolLink | null {
  switch (tool) {
    case 'next-cycle':
      return { to: `/campaigns/new?state=${encodeURIComponent(campaign.state.iso3)}`, labelKey: 'next-cycle' };
    case 'targets':
      return { to: `/campaigns/${encodeURIComponent(campaign.id)}/targets`, labelKey: 'targets' };
    case 'document':
      return { to: `/campaigns/${encodeURIComponent(campaign.id)}/document`, labelKey: 'document' };
    case 'outreach':
      return { to: `/campaigns/${encodeURIComponent(campaign.id)}/outreach`, labelKey: 'outreach' };
    default:
      // outcome, monitoring: not built yet.
      return null;
  }
}
