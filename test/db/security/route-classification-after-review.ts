/**
 * The routes of the last stages of a cycle (mid-term report, update letters, next cycle and its
 * baseline), classified like every other route; spread into ROUTES of route-classification.ts
 * (that file stays under the 300-line limit). The seeded campaign follows a supported
 * recommendation carrying the organisation's marker, so the report and the letters show it.
 * Starting the next cycle works once per campaign: each call gets its own disposable campaign.
 */
import type { CallContext, RouteSpec } from './route-classification.js';
import { disposableCampaign } from './seed.js';

const campaign = { id: 'campaign' } as const;
const seeded = (ctx: CallContext) => ({ params: { id: ctx.seed.campaignId } });
const document = (): RouteSpec => ({ ids: campaign, minimumRole: 'viewer', ok: 200, shows: true, call: seeded });

export const AFTER_REVIEW_ROUTES: Record<string, RouteSpec> = {
  'GET /api/campaigns/:id/midterm-report.docx': document(),
  'GET /api/campaigns/:id/midterm-report.pdf': document(),
  'GET /api/campaigns/:id/midterm-report.html': document(),
  'GET /api/campaigns/:id/update-letters.docx': document(),
  'GET /api/campaigns/:id/update-letters.html': document(),
  'GET /api/campaigns/:id/next-cycle': { ids: campaign, minimumRole: 'viewer', ok: 200, call: seeded },
  'POST /api/campaigns/:id/next-cycle': {
    ids: campaign,
    minimumRole: 'editor',
    ok: 201,
    call: async (ctx) => ({ params: { id: (await disposableCampaign(ctx.admin, ctx.unique())).campaignId } }),
  },
  // Empty for the seeded campaign (not started from another): its content is tested in next-cycle.db.test.ts.
  'GET /api/campaigns/:id/baseline': { ids: campaign, minimumRole: 'viewer', ok: 200, call: seeded },
};
