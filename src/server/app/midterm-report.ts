/**
 * The mid-term report of a campaign (stage `mid-term-report`), written from its implementation
 * monitoring, as DOCX, PDF or a printable page in the campaign's language or the one asked for.
 * This use case gathers the data into core's MidtermReportInput; core makes the blocks and
 * server/export lays them out.
 */
import type { DocumentLanguage } from '../../core/campaign/advocacy-document.js';
import { AppError } from '../../core/errors.js';
import { midtermFileName, type MidtermReportInput, type ReportRecommendation } from '../../core/outcome/midterm-report.js';
import { consequencesOf } from '../../core/outcome/response-rules.js';
import type { AfterReviewFormat } from '../../shared/contracts/after-review.js';
import type { MonitoredRecommendationDto, MonitoringDto } from '../../shared/contracts/outcome-campaign.js';
import { listKeyIssues } from '../db/repos/advocacy-repo.js';
import * as repo from '../db/repos/outcome-repo.js';
import type { CampaignRow } from '../db/schema.js';
import type { CampaignDocumentRow } from '../db/schema-outreach.js';
import { renderMidtermDocx } from '../export/midterm-docx.js';
import { renderMidtermHtml } from '../export/midterm-html.js';
import { renderMidtermPdf } from '../export/midterm-pdf.js';
import { loadDocumentSettings } from './advocacy.js';
import type { RenderedFile } from './advocacy-export.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import { getMonitoring } from './monitoring.js';
import { currentMatchDtos, isOfInterest, parseStates, responseOf } from './outcome-common.js';
import { campaignCycle } from './targets.js';

export const CONTENT_TYPES: Record<AfterReviewFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** What the after-review documents share: the campaign, its language, names in that language, monitoring. */
export interface AfterReviewContext {
  campaign: CampaignRow;
  settings: CampaignDocumentRow;
  language: DocumentLanguage;
  stateName: (iso3: string) => string;
  monitoring: MonitoringDto;
  documentSymbol: string | null;
}

/** Loads the context; refused (400) until the outcome is saved and a supported recommendation is followed. */
export async function loadAfterReviewContext(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  requested: DocumentLanguage | null,
): Promise<AfterReviewContext> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const settings = await loadDocumentSettings(deps.db, actor, campaignId, 'en');
  const language: DocumentLanguage = requested ?? (settings.language === 'ru' ? 'ru' : 'en');
  const outcome = await repo.getImport(deps.db, actor.orgId, campaignId);
  if (!outcome) {
    throw new AppError('validation', 'The review’s outcome is not saved yet: import the Working Group report first.', {
      field: 'outcome',
      issues: [{ path: 'outcome', message: 'no-outcome' }],
    });
  }
  const monitoring = await getMonitoring(deps, actor, campaignId);
  if (monitoring.recommendations.length === 0) {
    throw new AppError(
      'validation',
      'No supported recommendation is followed yet: mark the recommendations of interest in the outcome first.',
      {
        field: 'monitoring',
        issues: [{ path: 'monitoring', message: 'nothing-monitored' }],
      },
    );
  }
  const stateName = (iso3: string) => deps.states.get(iso3)?.names[language] ?? iso3;
  return { campaign, settings, language, stateName, monitoring, documentSymbol: outcome.document_symbol };
}

function toReportRecommendation(ctx: AfterReviewContext, r: MonitoredRecommendationDto): ReportRecommendation {
  return {
    paragraph: r.paragraph,
    text: r.text,
    recommendingStates: r.recommendingStates.map(ctx.stateName),
    response: r.response,
    status: r.status,
    ministry: r.ministry,
    timeline: r.timeline,
  };
}

/** The report's content: monitored recommendations per key issue, then the followed ones not supported. */
export async function buildMidtermReport(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  requested: DocumentLanguage | null,
): Promise<MidtermReportInput> {
  const ctx = await loadAfterReviewContext(deps, actor, campaignId, requested);
  const byId = new Map(ctx.monitoring.recommendations.map((r) => [r.id, r]));
  const issues = await listKeyIssues(deps.db, actor.orgId, campaignId);
  const recs = await repo.listRecommendations(deps.db, actor.orgId, campaignId);
  const confirmed = currentMatchDtos(await repo.listMatches(deps.db, actor.orgId, campaignId), issues, recs).filter(
    (m) => m.status === 'confirmed',
  );
  const titleOf = new Map(issues.map((i) => [i.id, i.title]));
  const noted = recs.filter((r) => isOfInterest(r) && !consequencesOf(responseOf(r), true).monitor);
  const { campaign, settings } = ctx;
  return {
    language: ctx.language,
    organisation: settings.organisation_name,
    state: { iso3: campaign.state_iso3, name: ctx.stateName(campaign.state_iso3) },
    reviewDate: campaign.review_date,
    session: campaign.session === null ? null : Number(campaign.session),
    cycle: campaignCycle(deps, campaign),
    documentSymbol: ctx.documentSymbol,
    reportDate: deps.clock.today(),
    issues: ctx.monitoring.issues.map((group) => ({
      title: group.title,
      recommendations: group.recommendationIds.flatMap((id) => {
        const rec = byId.get(id);
        return rec ? [toReportRecommendation(ctx, rec)] : [];
      }),
    })),
    noted: noted.map((r) => ({
      paragraph: r.paragraph,
      text: r.text,
      recommendingStates: parseStates(r.recommending_states).map(ctx.stateName),
      response: responseOf(r),
      issues: [...new Set(confirmed.filter((m) => m.recommendationId === r.id).map((m) => titleOf.get(m.keyIssueId) ?? ''))].filter(
        Boolean,
      ),
    })),
    contact: { name: settings.contact_name, email: settings.contact_email, phone: settings.contact_phone },
  };
}

export async function exportMidtermReport(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  format: AfterReviewFormat,
  language: DocumentLanguage | null,
): Promise<RenderedFile> {
  const input = await buildMidtermReport(deps, actor, campaignId, language);
  const bytes =
    format === 'docx'
      ? await renderMidtermDocx(input)
      : format === 'pdf'
        ? await renderMidtermPdf(input)
        : new TextEncoder().encode(renderMidtermHtml(input));
  return { filename: midtermFileName(input, format), contentType: CONTENT_TYPES[format], bytes };
}
