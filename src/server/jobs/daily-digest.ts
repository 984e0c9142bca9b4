/**
 * The daily digest: one plain-text e-mail a day to every member (viewers too: they read) of
 * every organisation that has outreach follow-ups or outcome tasks (thank, lobby) overdue, due
 * today or due within the next two days, in the member's language. Idempotent per person and day: the `digest_log` row is
 * claimed before sending and given back when sending fails, so a later run retries and no run —
 * in this process or another — sends the same day's digest twice.
 */
import { addDays, type IsoDate } from '../../core/dates.js';
import type { OutcomeTaskDto } from '../../shared/contracts/outcome-campaign.js';
import type { AppDeps, Mailer } from '../app/deps.js';
import { remindersOf } from '../app/follow-ups.js';
import { outcomeRemindersOf } from '../app/outcome-tasks.js';
import { listCampaigns } from '../db/repos/campaigns-repo.js';
import { composeDigest, type CampaignDigest, type DigestItem, type OrganisationDigest } from './digest-message.js';
import { claimDigest, listDigestRecipients, releaseDigest, type DigestRecipientRow } from '../db/repos/digest-repo.js';
import { digestLanguage, type DigestLanguage } from './digest-texts.js';

/** Follow-ups due this many days after today are announced ahead, so a call can be prepared. */
export const DIGEST_LOOKAHEAD_DAYS = 2;

export interface DigestSummary {
  date: IsoDate;
  /** false: no SMTP server is configured, so nothing was sent or recorded. */
  mailerConfigured: boolean;
  sent: number;
  /** Already sent today (by an earlier run or another server process). */
  skipped: number;
  failed: number;
  /** Members with nothing due: they get no e-mail. */
  nothingDue: number;
}

export interface DigestOptions {
  /** Where failures are reported; the server's log by default. */
  log?: (line: string) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function groupByUser(rows: DigestRecipientRow[]): Map<string, DigestRecipientRow[]> {
  const users = new Map<string, DigestRecipientRow[]>();
  for (const row of rows) users.set(row.user_id, [...(users.get(row.user_id) ?? []), row]);
  return users;
}

/** What is due in one organisation, per campaign; read once per organisation and language. */
function dueLoader(deps: AppDeps, today: IsoDate) {
  const cache = new Map<string, Promise<CampaignDigest[]>>();
  const soonEnd = addDays(today, DIGEST_LOOKAHEAD_DAYS);
  const load = async (orgId: string, language: DigestLanguage): Promise<CampaignDigest[]> => {
    const followUps = await remindersOf(deps, orgId, language);
    const outcome = await outcomeRemindersOf(deps, orgId, language);
    const tagged = (tasks: OutcomeTaskDto[]): DigestItem[] => tasks.map((t) => ({ ...t, outcome: true as const }));
    const reminders = {
      overdue: [...followUps.overdue, ...tagged(outcome.overdue)],
      dueToday: [...followUps.dueToday, ...tagged(outcome.dueToday)],
      upcoming: [...followUps.upcoming, ...tagged(outcome.upcoming)],
    };
    const dueSoon = reminders.upcoming.filter((f) => f.dueDate <= soonEnd);
    if (reminders.overdue.length + reminders.dueToday.length + dueSoon.length === 0) return [];
    const of = (list: DigestItem[], campaignId: string) =>
      list.filter((f) => f.campaignId === campaignId).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    return (await listCampaigns(deps.db, orgId))
      .map((c) => ({
        id: c.id,
        name: c.name,
        overdue: of(reminders.overdue, c.id),
        dueToday: of(reminders.dueToday, c.id),
        dueSoon: of(dueSoon, c.id),
      }))
      .filter((c) => c.overdue.length + c.dueToday.length + c.dueSoon.length > 0);
  };
  return (orgId: string, language: DigestLanguage) => {
    const key = `${orgId}/${language}`;
    if (!cache.has(key)) cache.set(key, load(orgId, language));
    return cache.get(key) as Promise<CampaignDigest[]>;
  };
}

/** Claims the day for the user, sends, and gives the claim back if the mail could not be sent. */
async function deliver(
  deps: AppDeps,
  mailer: Mailer,
  userId: string,
  date: IsoDate,
  mail: { to: string; subject: string; text: string },
  log: (line: string) => void,
): Promise<'sent' | 'skipped' | 'failed'> {
  let claimed: boolean;
  try {
    // The insert decides, as one statement (its own transaction): a second process racing for the
    // same (user, day) finds the key taken. No BEGIN…COMMIT around it: on SQLite that would hold
    // the write lock across awaits and stall a second connection of the same process.
    claimed = await claimDigest(deps.db, userId, date, deps.clock.now());
  } catch (error) {
    log(`daily digest for user ${userId}: could not record it (${message(error)})`);
    return 'failed';
  }
  if (!claimed) return 'skipped';
  try {
    await mailer.send(mail);
    return 'sent';
  } catch (error) {
    log(`daily digest for user ${userId}: not sent, will retry on the next run (${message(error)})`);
    try {
      await releaseDigest(deps.db, userId, date);
    } catch (releaseError) {
      log(`daily digest for user ${userId}: could not release today's claim (${message(releaseError)})`);
    }
    return 'failed';
  }
}

/** Sends today's digests; safe to call any number of times a day. */
export async function sendDailyDigests(deps: AppDeps, options: DigestOptions = {}): Promise<DigestSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const date = deps.clock.today();
  const summary: DigestSummary = { date, mailerConfigured: deps.mailer !== null, sent: 0, skipped: 0, failed: 0, nothingDue: 0 };
  const mailer = deps.mailer;
  if (!mailer) return summary;
  const dueOf = dueLoader(deps, date);
  for (const [userId, memberships] of groupByUser(await listDigestRecipients(deps.db))) {
    const first = memberships[0] as DigestRecipientRow;
    const language = digestLanguage(first.language);
    const organisations: OrganisationDigest[] = [];
    for (const m of memberships) {
      const campaigns = await dueOf(m.org_id, language);
      if (campaigns.length > 0) organisations.push({ name: m.org_name, campaigns });
    }
    if (organisations.length === 0) {
      summary.nothingDue += 1;
      continue;
    }
    const mail = composeDigest({
      to: { name: first.name, email: first.email },
      language,
      today: date,
      lookaheadDays: DIGEST_LOOKAHEAD_DAYS,
      publicUrl: deps.publicUrl,
      organisations,
    });
    summary[await deliver(deps, mailer, userId, date, mail, log)] += 1;
  }
  return summary;
}
