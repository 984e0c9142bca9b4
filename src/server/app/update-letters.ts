/**
 * Update letters to the recommending States (stage `update-recommending-states`): one letter per
 * State that made a recommendation we monitor, to its embassy or Geneva mission among the
 * campaign's outreach channels, greeting the current holder of the most relevant post. Each
 * gives the State's recommendations with their status and latest evidence, the followed ones
 * the State under Review did not support, and asks to keep raising them.
 */
import type { DocumentLanguage } from '../../core/campaign/advocacy-document.js';
import { AppError } from '../../core/errors.js';
import { consequencesOf } from '../../core/outcome/response-rules.js';
import { pickAddressee, updateLettersFileName, type LetterChannel, type UpdateLettersInput } from '../../core/outcome/update-letters.js';
import type { ChannelKind } from '../../core/outreach/outreach-rules.js';
import type { LetterFormat } from '../../shared/contracts/after-review.js';
import * as repo from '../db/repos/outcome-repo.js';
import * as outreachRepo from '../db/repos/outreach-repo.js';
import { renderUpdateLettersDocx } from '../export/update-letters-docx.js';
import { renderUpdateLettersHtml } from '../export/update-letters-html.js';
import type { RenderedFile } from './advocacy-export.js';
import type { Actor, AppDeps } from './deps.js';
import { CONTENT_TYPES, loadAfterReviewContext } from './midterm-report.js';
import { isOfInterest, parseStates, responseOf } from './outcome-common.js';

/** The campaign's channels per State, with each post's current holder, as pickAddressee reads them. */
async function channelsByState(deps: AppDeps, actor: Actor, campaignId: string): Promise<Map<string, LetterChannel[]>> {
  const channels = await outreachRepo.listChannels(deps.db, actor.orgId, campaignId);
  const posts = await outreachRepo.listPosts(
    deps.db,
    actor.orgId,
    channels.map((c) => c.id),
  );
  const holders = (
    await outreachRepo.listPeople(
      deps.db,
      actor.orgId,
      posts.map((p) => p.id),
    )
  ).filter((p) => p.until === null);
  const out = new Map<string, LetterChannel[]>();
  for (const c of channels) {
    const channel: LetterChannel = {
      kind: c.kind as ChannelKind,
      city: c.city,
      posts: posts
        .filter((p) => p.channel_id === c.id)
        .map((p) => ({ title: p.title, holder: holders.find((h) => h.post_id === p.id)?.name ?? null })),
    };
    out.set(c.state_iso3, [...(out.get(c.state_iso3) ?? []), channel]);
  }
  return out;
}

export async function buildUpdateLetters(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  requested: DocumentLanguage | null,
): Promise<UpdateLettersInput> {
  const ctx = await loadAfterReviewContext(deps, actor, campaignId, requested);
  const monitored = ctx.monitoring.recommendations;
  const notMonitored = (await repo.listRecommendations(deps.db, actor.orgId, campaignId)).filter(
    (r) => isOfInterest(r) && !consequencesOf(responseOf(r), true).monitor,
  );
  const channels = await channelsByState(deps, actor, campaignId);
  const states = [...new Set(monitored.flatMap((r) => r.recommendingStates))]
    .map((iso3) => ({ iso3, name: ctx.stateName(iso3) }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.language));
  const letters = states.map((state) => ({
    state,
    addressee: pickAddressee(channels.get(state.iso3) ?? []),
    recommendations: monitored
      .filter((r) => r.recommendingStates.includes(state.iso3))
      .map((r) => {
        const latest = r.timeline.filter((e) => e.kind === 'evidence').at(-1);
        return {
          paragraph: r.paragraph,
          text: r.text,
          response: r.response,
          status: r.status,
          ministry: r.ministry,
          latest: latest ? { date: latest.date, text: latest.text, source: latest.source } : null,
        };
      }),
    noted: notMonitored
      .filter((r) => parseStates(r.recommending_states).includes(state.iso3))
      .map((r) => ({ paragraph: r.paragraph, text: r.text })),
  }));
  if (letters.length === 0) {
    throw new AppError('validation', 'No followed recommendation names a recommending State: there is nobody to write to.', {
      field: 'monitoring',
      issues: [{ path: 'monitoring', message: 'no-recommending-states' }],
    });
  }
  const { campaign, settings } = ctx;
  return {
    language: ctx.language,
    organisation: settings.organisation_name,
    contact: { name: settings.contact_name, email: settings.contact_email, phone: settings.contact_phone },
    sur: { iso3: campaign.state_iso3, name: ctx.stateName(campaign.state_iso3) },
    reviewDate: campaign.review_date,
    letterDate: deps.clock.today(),
    letters,
  };
}

export async function exportUpdateLetters(
  deps: AppDeps,
  actor: Actor,
  campaignId: string,
  format: LetterFormat,
  language: DocumentLanguage | null,
): Promise<RenderedFile> {
  const input = await buildUpdateLetters(deps, actor, campaignId, language);
  const bytes = format === 'docx' ? await renderUpdateLettersDocx(input) : new TextEncoder().encode(renderUpdateLettersHtml(input));
  return { filename: updateLettersFileName(input, format), contentType: CONTENT_TYPES[format], bytes };
}
