/**
 * Import of the outreach contacts from a spreadsheet (.csv or .xlsx): a preview with a
 * suggested column mapping, then an all-or-nothing import. States not yet targets become
 * targets; a person already on the same post of the same channel is not added twice, so
 * importing the same file again adds nothing.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import { isChannelStatus, statusWithContact } from '../../core/outreach/outreach-rules.js';
import { contactMappingParamSchema, PREVIEW_ROWS, type ContactMapping, type ContactRowErrorDto, type ContactsImportResultDto, type ContactsPreviewDto } from '../../shared/contracts/contacts.js';
import { isUiLanguage, resources } from '../../shared/i18n/index.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import * as repo from '../db/repos/outreach-repo.js';
import { insertCampaignTargets, listCampaignTargets } from '../db/repos/targets-repo.js';
import type { Database } from '../db/schema.js';
import type { OutreachChannelRow, OutreachPersonRow, OutreachPostRow } from '../db/schema-outreach.js';
import { normalizeHeader, suggestMapping } from '../import/contacts-mapping.js';
import { validateContactRows, type ContactRow } from '../import/contacts-rows.js';
import { readContactTable } from '../import/contacts-table.js';
import { normalizeName } from '../reference/state-registry.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';

export interface ContactFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Row problems named in an error; the count of all bad rows comes with them. */
const MAX_LISTED_ERRORS = 200;

export async function previewContacts(deps: AppDeps, actor: Actor, campaignId: string, file: ContactFile): Promise<ContactsPreviewDto> {
  authorize(actor, 'campaign.update');
  await loadCampaign(deps, actor, campaignId);
  const table = await readContactTable(file.fileName, file.bytes);
  return {
    fileName: file.fileName,
    columns: table.columns,
    suggestedMapping: suggestMapping(table.columns),
    sampleRows: table.rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
    rowCount: table.rows.length,
  };
}

/** By ISO3, by any known English spelling, or by the name in any language of the registry ("Германия"). */
function stateResolver(deps: AppDeps): (text: string) => string | null {
  const byName = new Map<string, string>();
  for (const state of deps.states.all()) for (const name of Object.values(state.names)) byName.set(normalizeName(name), state.iso3);
  return (text) => deps.states.resolve(text) ?? byName.get(normalizeName(text)) ?? null;
}

function checkColumns(mapping: ContactMapping, width: number): void {
  const outside = Object.entries(mapping).filter(([, index]) => index !== null && index >= width);
  if (outside.length > 0) {
    throw new AppError('validation', `The mapping names columns the file does not have (it has ${width}).`, {
      field: 'mapping',
      issues: outside.map(([field]) => ({ path: field, message: 'no-such-column' })),
    });
  }
}

function rowsRefused(errors: ContactRowErrorDto[]): AppError {
  const badRows = new Set(errors.map((e) => e.row)).size;
  return new AppError('validation', `${badRows} row(s) of the file have problems; nothing was imported. Correct them and import the file again.`, {
    field: 'file',
    badRows,
    rowErrors: errors.slice(0, MAX_LISTED_ERRORS),
    issues: errors.slice(0, MAX_LISTED_ERRORS).map((e) => ({ path: `row ${e.row}`, message: `${e.field}: ${e.problem}${e.value ? ` ("${e.value}")` : ''}` })),
  });
}

const key = (...parts: string[]) => parts.join('\u0000');

/** The campaign's channels, posts and people, indexed as the import looks them up. */
class ContactBook {
  channels = new Map<string, OutreachChannelRow>();
  posts = new Map<string, OutreachPostRow[]>();
  people = new Map<string, OutreachPersonRow[]>();

  constructor(channels: OutreachChannelRow[], posts: OutreachPostRow[], people: OutreachPersonRow[]) {
    for (const c of channels) this.channels.set(key(c.state_iso3, c.kind), c);
    for (const p of posts) this.postsOf(p.channel_id).push(p);
    for (const p of people) this.holders(p.post_id).push(p);
  }

  postsOf(channelId: string): OutreachPostRow[] {
    if (!this.posts.has(channelId)) this.posts.set(channelId, []);
    return this.posts.get(channelId)!;
  }

  holders(postId: string): OutreachPersonRow[] {
    if (!this.people.has(postId)) this.people.set(postId, []);
    return this.people.get(postId)!;
  }

  /** Posts of the channel with this title (case, spacing and punctuation aside). */
  postsTitled(channelId: string, title: string): OutreachPostRow[] {
    const wanted = normalizeHeader(title);
    return this.postsOf(channelId).filter((p) => normalizeHeader(p.title) === wanted);
  }

  /** Whether someone of this name holds or held a post of this title on the channel. */
  hasPerson(channelId: string, title: string, name: string): boolean {
    const wanted = normalizeName(name);
    return this.postsTitled(channelId, title).some((post) => this.holders(post.id).some((p) => normalizeName(p.name) === wanted));
  }
}

interface Counts {
  peopleAdded: number;
  alreadyPresent: number;
  postsCreated: number;
}

async function writeRow(trx: Kysely<Database>, actor: Actor, campaignId: string, book: ContactBook, row: ContactRow, now: string, counts: Counts): Promise<void> {
  let channel = book.channels.get(key(row.iso3, row.kind));
  if (!channel) {
    channel = {
      id: crypto.randomUUID(), org_id: actor.orgId, campaign_id: campaignId, state_iso3: row.iso3, kind: row.kind, status: 'not-contacted',
      city: row.kind === 'mission' ? 'Geneva' : '', email: '', phone: '', note: '', created_at: now, updated_at: now,
    };
    await repo.insertChannel(trx, channel);
    book.channels.set(key(row.iso3, row.kind), channel);
  }
  if (book.hasPerson(channel.id, row.post, row.name)) {
    counts.alreadyPresent += 1;
    return;
  }
  // A current holder goes to a vacant post of that title; two people can hold posts with the same title.
  const titled = book.postsTitled(channel.id, row.post);
  let post = row.until === null ? titled.find((p) => book.holders(p.id).every((h) => h.until !== null)) : titled[0];
  if (!post) {
    post = { id: crypto.randomUUID(), org_id: actor.orgId, channel_id: channel.id, title: row.post, created_at: now };
    await repo.insertPost(trx, post);
    book.postsOf(channel.id).push(post);
    counts.postsCreated += 1;
  }
  const person: OutreachPersonRow = {
    id: crypto.randomUUID(), org_id: actor.orgId, post_id: post.id, name: row.name, email: row.email, phone: row.phone, note: row.note,
    since: row.since, until: row.until, created_at: now,
  };
  await repo.insertPerson(trx, person);
  book.holders(post.id).push(person);
  counts.peopleAdded += 1;
  if (row.until === null) {
    const status = statusWithContact(isChannelStatus(channel.status) ? channel.status : 'not-contacted');
    if (status !== channel.status) {
      await repo.updateChannel(trx, actor.orgId, channel.id, { status, updated_at: now });
      channel.status = status;
    }
  }
}

export async function importContacts(
  deps: AppDeps, actor: Actor, campaignId: string, file: ContactFile & { mapping: unknown }, language: string,
): Promise<ContactsImportResultDto> {
  authorize(actor, 'campaign.update');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const mapping = contactMappingParamSchema.parse(file.mapping);
  const table = await readContactTable(file.fileName, file.bytes);
  checkColumns(mapping, table.columns.length);
  const catalog = resources[isUiLanguage(language) ? language : 'en'].translation;
  const { rows, errors } = validateContactRows(table.rows, mapping, {
    resolveState: stateResolver(deps),
    stateUnderReview: campaign.state_iso3,
    defaultPost: catalog.outreach.contacts.defaultPost,
  });
  if (errors.length > 0) throw rowsRefused(errors);

  const now = deps.clock.now();
  const counts: Counts = { peopleAdded: 0, alreadyPresent: 0, postsCreated: 0 };
  const targetsAdded = await deps.db.transaction().execute(async (trx) => {
    await loadCampaign({ ...deps, db: trx }, actor, campaignId);
    const targeted = new Set((await listCampaignTargets(trx, actor.orgId, campaignId)).map((t) => t.iso3));
    const fresh = [...new Set(rows.map((r) => r.iso3))].filter((iso3) => !targeted.has(iso3));
    // Added without a finder score: the file, not the ranking, chose them.
    const added = await insertCampaignTargets(trx, actor.orgId, campaignId, fresh.map((iso3) => ({ iso3, score: null })), actor.userId, now);
    const channels = await repo.listChannels(trx, actor.orgId, campaignId);
    const posts = await repo.listPosts(trx, actor.orgId, channels.map((c) => c.id));
    const people = await repo.listPeople(trx, actor.orgId, posts.map((p) => p.id));
    const book = new ContactBook(channels, posts, people);
    for (const row of rows) await writeRow(trx, actor, campaignId, book, row, now, counts);
    await appendAudit(trx, {
      orgId: actor.orgId, actorId: actor.userId, action: 'contacts.import', objectType: 'campaign', objectId: campaignId,
      changes: { fileName: file.fileName, rows: rows.length, ...counts, targetsAdded: added }, at: now,
    });
    return added;
  });
  const nameOf = (iso3: string) => deps.states.get(iso3)?.names[language === 'ru' ? 'ru' : 'en'] ?? iso3;
  return { fileName: file.fileName, rowsRead: rows.length, ...counts, targetsAdded: targetsAdded.map((iso3) => ({ iso3, name: nameOf(iso3) })).sort((a, b) => a.name.localeCompare(b.name, language)) };
}
