/**
 * The tool that does a stage's work (STRATEGY.md → catalogue.ts `tool`). Tools are added
 * feature by feature; a stage shows its button only once the tool exists, never a dead one.
 */
import type { StageKey, StageTool } from '../../core/strategy/catalogue.js';
import type { CampaignDto } from '../../shared/contracts/index.js';

export interface ToolLink {
  to: string;
  /** Key under `stage.tools`. */
  labelKey:
    'targets' | 'document' | 'outreach' | 'outcome-import' | 'outcome-scoreboard' | 'outcome-responses' | 'monitoring';
}

/**
 * The outcome's screen for each of its stages: the report is imported and matched after the
 * review, the targets that delivered are thanked from the scoreboard, lobbying follows the
 * responses.
 */
function outcomeLink(base: string, stageKey: StageKey | undefined): ToolLink {
  if (stageKey === 'thank-states') return { to: `${base}/outcome/scoreboard`, labelKey: 'outcome-scoreboard' };
  if (stageKey === 'lobby-noted') return { to: `${base}/outcome/responses`, labelKey: 'outcome-responses' };
  return { to: `${base}/outcome`, labelKey: 'outcome-import' };
}

export function toolLink(tool: StageTool | null, campaign: CampaignDto, stageKey?: StageKey): ToolLink | null {
  const base = `/campaigns/${encodeURIComponent(campaign.id)}`;
  switch (tool) {
    case 'next-cycle':
      // The stage page shows the "Start the next cycle" button itself (after-review/next-cycle-button.tsx).
      return null;
    case 'targets':
      return { to: `${base}/targets`, labelKey: 'targets' };
    case 'document':
      return { to: `${base}/document`, labelKey: 'document' };
    case 'outreach':
      return { to: `${base}/outreach`, labelKey: 'outreach' };
    case 'outcome':
      return outcomeLink(base, stageKey);
    case 'monitoring':
      return { to: `${base}/monitoring`, labelKey: 'monitoring' };
    default:
      return null;
  }
}
