import { describe, expect, it } from 'vitest';
import { campaignFixture } from '../test-fixtures.js';
import { toolLink } from './stage-tools.js';

describe('stage tools', () => {
  const campaign = campaignFixture();

  it('opens the outcome screen each stage after the review needs', () => {
    expect(toolLink('outcome', campaign, 'outcome-report')).toEqual({ to: '/campaigns/c1/outcome', labelKey: 'outcome-import' });
    expect(toolLink('outcome', campaign, 'thank-states')).toEqual({
      to: '/campaigns/c1/outcome/scoreboard',
      labelKey: 'outcome-scoreboard',
    });
    expect(toolLink('outcome', campaign, 'lobby-noted')).toEqual({ to: '/campaigns/c1/outcome/responses', labelKey: 'outcome-responses' });
    expect(toolLink('monitoring', campaign, 'mid-term-report')).toEqual({ to: '/campaigns/c1/monitoring', labelKey: 'monitoring' });
  });

  it('gives every stage with a tool a link, and none to the others', () => {
    // "Start again" has its own button (a confirmation, then the new campaign), not a link.
    for (const stage of campaign.stages) {
      expect(toolLink(stage.tool, campaign, stage.key) !== null).toBe(stage.tool !== null && stage.tool !== 'next-cycle');
    }
  });
});
