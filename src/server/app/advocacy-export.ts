/**
 * The advocacy document of a campaign, rendered as DOCX, PDF or a printable HTML page in the
 * document's language (or the one asked for). Renderers live in server/export; this use case
 * gathers the campaign's issues and settings into core's AdvocacyDocument.
 */
import { documentFileName, type AdvocacyDocument, type DocumentLanguage } from '../../core/campaign/advocacy-document.js';
import { keyIssueProblems, describeKeyIssueProblem } from '../../core/campaign/key-issue-rules.js';
import { AppError } from '../../core/errors.js';
import * as repo from '../db/repos/advocacy-repo.js';
import { renderAdvocacyDocx } from '../export/advocacy-docx.js';
import { renderAdvocacyHtml } from '../export/advocacy-html.js';
import { renderAdvocacyPdf } from '../export/advocacy-pdf.js';
import { loadDocumentSettings, toKeyIssueDto } from './advocacy.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export async function buildCampaignDocument(deps: AppDeps, actor: Actor, campaignId: string, language: DocumentLanguage | null): Promise<AdvocacyDocument> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const settings = await loadDocumentSettings(deps.db, actor, campaignId, language ?? 'en');
  const issues = (await repo.listKeyIssues(deps.db, actor.orgId, campaignId)).map(toKeyIssueDto);
  const lang: DocumentLanguage = language ?? (settings.language === 'ru' ? 'ru' : 'en');
  const state = deps.states.get(campaign.state_iso3);
  return {
    language: lang,
    organisation: { name: settings.organisation_name, about: settings.about },
    state: { iso3: campaign.state_iso3, name: state ? state.names[lang] : campaign.state_iso3 },
    reviewDate: campaign.review_date,
    session: campaign.session === null ? null : Number(campaign.session),
    documentDate: deps.clock.today(),
    issues: issues.map(({ title, summary, recommendations, questions, references }) => ({ title, summary, recommendations, questions, references })),
    contact: { name: settings.contact_name, email: settings.contact_email, phone: settings.contact_phone },
  };
}

export interface RenderedFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function renderDocument(doc: AdvocacyDocument, format: DocumentFormat): Promise<RenderedFile> {
  const bytes = format === 'docx' ? await renderAdvocacyDocx(doc) : format === 'pdf' ? await renderAdvocacyPdf(doc) : new TextEncoder().encode(renderAdvocacyHtml(doc));
  return { filename: documentFileName(doc, format), contentType: CONTENT_TYPES[format], bytes };
}

/** The document as a file; refused while it has no key issue or an issue breaks the 1–2 recommendations rule. */
export async function exportAdvocacyDocument(deps: AppDeps, actor: Actor, campaignId: string, format: DocumentFormat, language: DocumentLanguage | null): Promise<RenderedFile> {
  const doc = await buildCampaignDocument(deps, actor, campaignId, language);
  if (doc.issues.length === 0) {
    throw new AppError('validation', 'The document has no key issue yet: add at least one before exporting.', { field: 'issues', issues: [{ path: 'issues', message: 'no-key-issues' }] });
  }
  const problems = keyIssueProblems(doc.issues);
  if (problems.length > 0) throw new AppError('validation', describeKeyIssueProblem(problems[0]!), { field: 'issues', issues: [{ path: 'issues', message: problems[0]!.code }] });
  return renderDocument(doc, format);
}
