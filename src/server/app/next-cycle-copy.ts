/**
 * What a campaign hands to the campaign of the next cycle (stage `start-again`): its key issues
 * (asks, questions, sources), the UPR Info issues and targets of the target finder, document
 * settings, outreach channels with their posts and the people holding them now (people change,
 * posts stay: the history stays with the old campaign), and the outcome's recommendations with
 * the State's response and the implementation status reached, as the baseline. Plans, tasks,
 * interactions and briefings belong to the old cycle and are not copied.
 */
import type { Kysely } from 'kysely';
import { sortTimeline, isMonitoringStatus } from '../../core/outcome/monitoring-status.js';
import { consequencesOf } from '../../core/outcome/response-rules.js';
import type { CarriedCounts } from '../../shared/contracts/after-review.js';
import * as advocacyRepo from '../db/repos/advocacy-repo.js';
import * as monitoringRepo from '../db/repos/monitoring-repo.js';
import { insertBaseline } from '../db/repos/next-cycle-repo.js';
import * as outcomeRepo from '../db/repos/outcome-repo.js';
import * as outreachRepo from '../db/repos/outreach-repo.js';
import { insertCampaignTargets, listCampaignIssues, listCampaignTargets, replaceCampaignIssues } from '../db/repos/targets-repo.js';
import type { Database } from '../db/schema.js';
import type { BaselineRecommendationRow } from '../db/schema-next-cycle.js';
import type { Actor } from './deps.js';
import { currentMatchDtos, isOfInterest, responseOf } from './outcome-common.js';

type Db = Kysely<Database>;

/** Everything read from the previous campaign, inside the creating transaction. */
export async function loadCopySource(db: Db, actor: Actor, campaignId: string) {
  const org = actor.orgId;
  const issues = await advocacyRepo.listKeyIssues(db, org, campaignId);
  const channels = await outreachRepo.listChannels(db, org, campaignId);
  const posts = await outreachRepo.listPosts(
    db,
    org,
    channels.map((c) => c.id),
  );
  const people = (
    await outreachRepo.listPeople(
      db,
      org,
      posts.map((p) => p.id),
    )
  ).filter((p) => p.until === null);
  const recommendations = await outcomeRepo.listRecommendations(db, org, campaignId);
  const matches = currentMatchDtos(await outcomeRepo.listMatches(db, org, campaignId), issues, recommendations).filter(
    (m) => m.status === 'confirmed',
  );
  return {
    issues,
    issueTags: await listCampaignIssues(db, org, campaignId),
    targets: await listCampaignTargets(db, org, campaignId),
    settings: await advocacyRepo.getDocumentSettings(db, org, campaignId),
    channels,
    posts,
    people,
    outcome: await outcomeRepo.getImport(db, org, campaignId),
    recommendations,
    matches,
    items: await monitoringRepo.listItems(db, org, campaignId),
    entries: await monitoringRepo.listEntries(db, org, campaignId),
  };
}

export type CopySource = Awaited<ReturnType<typeof loadCopySource>>;

export function carriedCounts(source: CopySource): CarriedCounts {
  return {
    keyIssues: source.issues.length,
    targets: source.targets.length,
    channels: source.channels.length,
    posts: source.posts.length,
    people: source.people.length,
    baseline: source.recommendations.length,
  };
}

/** The previous recommendations as baseline rows of the new campaign, key issues mapped to the new ones. */
function baselineRows(
  source: CopySource,
  campaignId: string,
  issueIds: ReadonlyMap<string, string>,
  orgId: string,
  now: string,
): BaselineRecommendationRow[] {
  const items = new Map(source.items.map((i) => [i.outcome_recommendation_id, i]));
  return source.recommendations.map((rec, index) => {
    const item = items.get(rec.id);
    const monitored = consequencesOf(responseOf(rec), isOfInterest(rec)).monitor;
    const evidence = sortTimeline(
      source.entries
        .filter((e) => e.outcome_recommendation_id === rec.id && e.kind === 'evidence')
        .map((e) => ({ ...e, createdAt: e.created_at })),
    ).at(-1);
    const keyIssues = [...new Set(source.matches.filter((m) => m.recommendationId === rec.id).map((m) => issueIds.get(m.keyIssueId)))];
    return {
      id: crypto.randomUUID(),
      org_id: orgId,
      campaign_id: campaignId,
      position: index + 1,
      paragraph: rec.paragraph,
      text: rec.text,
      recommending_states: rec.recommending_states,
      response: responseOf(rec),
      of_interest: isOfInterest(rec) ? 1 : 0,
      status: item && isMonitoringStatus(item.status) ? item.status : monitored ? 'not-started' : null,
      ministry: item?.ministry ?? '',
      latest_evidence_date: evidence?.date ?? null,
      latest_evidence_text: evidence?.text ?? '',
      latest_evidence_source: evidence?.source ?? '',
      key_issue_ids: JSON.stringify(keyIssues.filter((id): id is string => id !== undefined)),
      created_at: now,
    };
  });
}

async function copyOutreach(trx: Db, actor: Actor, source: CopySource, campaignId: string, now: string): Promise<void> {
  for (const channel of source.channels) {
    const posts = source.posts.filter((p) => p.channel_id === channel.id);
    const holders = source.people.filter((p) => posts.some((post) => post.id === p.post_id));
    const channelId = crypto.randomUUID();
    // The new cycle's outreach starts over; only whether we know somebody there carries on.
    const known = holders.length > 0 || channel.email.trim() !== '' || channel.phone.trim() !== '';
    await outreachRepo.insertChannel(trx, {
      ...channel,
      id: channelId,
      campaign_id: campaignId,
      status: known ? 'contact-found' : 'not-contacted',
      created_at: now,
      updated_at: now,
    });
    for (const post of posts) {
      const postId = crypto.randomUUID();
      await outreachRepo.insertPost(trx, { id: postId, org_id: actor.orgId, channel_id: channelId, title: post.title, created_at: now });
      for (const person of holders.filter((p) => p.post_id === post.id)) {
        await outreachRepo.insertPerson(trx, { ...person, id: crypto.randomUUID(), post_id: postId, created_at: now });
      }
    }
  }
}

/** Writes the copy into the new campaign (inside the caller's transaction). */
export async function copyIntoCampaign(trx: Db, actor: Actor, source: CopySource, campaignId: string, now: string): Promise<void> {
  const issueIds = new Map<string, string>();
  for (const issue of source.issues) {
    const id = crypto.randomUUID();
    issueIds.set(issue.id, id);
    await advocacyRepo.insertKeyIssue(trx, { ...issue, id, campaign_id: campaignId, created_at: now, updated_at: now });
  }
  await replaceCampaignIssues(trx, actor.orgId, campaignId, source.issueTags);
  await insertCampaignTargets(
    trx,
    actor.orgId,
    campaignId,
    source.targets.map((t) => ({ iso3: t.iso3, score: t.score })),
    actor.userId,
    now,
  );
  if (source.settings) await advocacyRepo.saveDocumentSettings(trx, { ...source.settings, campaign_id: campaignId, updated_at: now });
  await copyOutreach(trx, actor, source, campaignId, now);
  await insertBaseline(trx, baselineRows(source, campaignId, issueIds, actor.orgId, now));
}
