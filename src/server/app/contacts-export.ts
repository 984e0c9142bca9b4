/**
 * Export of the outreach contacts as CSV or XLSX: one row per person, current and former, with
 * their State, channel, post, dates and the channel's status. Headers and labels are in the
 * user's language; the importer reads them back in either language.
 *
 * Formula injection: names and notes are typed by people or imported from files, so a cell
 * starting with = + - @ tab or CR gets a leading apostrophe in both formats. XLSX cells are
 * written as text anyway, but a user who edits such a cell in Excel (or saves the sheet as CSV)
 * would turn it into a live formula; the importer removes the apostrophe again.
 */
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { isChannelStatus } from '../../core/outreach/outreach-rules.js';
import { neutralizeFormula, toCsv } from '../../core/search/csv-cells.js';
import { isUiLanguage, resources } from '../../shared/i18n/index.js';
import { listChannels, listPeople, listPosts } from '../db/repos/outreach-repo.js';
import { loadCampaign } from './campaigns.js';
import { authorize, type Actor, type AppDeps } from './deps.js';
import type { ExportFile, ExportFormat } from './search-recommendations.js';

const COLUMNS = ['iso3', 'stateName', 'channel', 'post', 'name', 'email', 'phone', 'note', 'since', 'until', 'status'] as const;
const WIDTHS = [9, 22, 20, 24, 26, 28, 18, 48, 12, 12, 20];

type Row = string[];

/** The rows of the campaign's contacts: by State name, embassy before mission, posts in order, current holder first. */
async function contactRows(deps: AppDeps, actor: Actor, campaignId: string, language: 'en' | 'ru'): Promise<Row[]> {
  const labels = resources[language].translation.outreach;
  const channels = await listChannels(deps.db, actor.orgId, campaignId);
  const posts = await listPosts(deps.db, actor.orgId, channels.map((c) => c.id));
  const people = await listPeople(deps.db, actor.orgId, posts.map((p) => p.id));
  const nameOf = (iso3: string) => deps.states.get(iso3)?.names[language] ?? iso3;
  const ordered = [...channels].sort((a, b) => nameOf(a.state_iso3).localeCompare(nameOf(b.state_iso3), language) || a.kind.localeCompare(b.kind));
  const rows: Row[] = [];
  for (const channel of ordered) {
    const kind = channel.kind === 'mission' ? 'mission' : 'embassy';
    const status = isChannelStatus(channel.status) ? labels.status[channel.status] : channel.status;
    for (const post of posts.filter((p) => p.channel_id === channel.id)) {
      const holders = people
        .filter((p) => p.post_id === post.id)
        .sort((a, b) => (a.until === null ? -1 : b.until === null ? 1 : b.until.localeCompare(a.until)));
      for (const person of holders) {
        rows.push([
          channel.state_iso3, nameOf(channel.state_iso3), labels.channel[kind], post.title, person.name, person.email, person.phone,
          person.note, person.since ?? '', person.until ?? '', status,
        ]);
      }
    }
  }
  return rows;
}

async function toXlsx(deps: AppDeps, header: string[], rows: Row[]): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = finished(out);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'UPR Advocate';
  book.created = new Date(deps.clock.now());
  const sheet = book.addWorksheet('Contacts', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((text, i) => ({ header: text, width: WIDTHS[i] }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const top = sheet.getRow(1);
  top.font = { bold: true };
  top.commit();
  for (const row of rows) sheet.addRow(row.map(neutralizeFormula)).commit();
  sheet.commit();
  await book.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function exportContacts(deps: AppDeps, actor: Actor, campaignId: string, format: ExportFormat, language: string): Promise<ExportFile> {
  authorize(actor, 'campaign.read');
  const campaign = await loadCampaign(deps, actor, campaignId);
  const lang = isUiLanguage(language) ? language : 'en';
  const columns = resources[lang].translation.outreach.contacts.columns;
  const header = COLUMNS.map((c) => columns[c]);
  const rows = await contactRows(deps, actor, campaignId, lang);
  const stamp = deps.clock.today();
  const base = `contacts-${campaign.state_iso3.toLowerCase()}-${stamp}`;
  if (format === 'csv') {
    const bytes = new TextEncoder().encode(toCsv(header, rows));
    return { bytes, contentType: 'text/csv; charset=utf-8', fileName: `${base}.csv`, rows: rows.length, truncated: false };
  }
  const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { bytes: await toXlsx(deps, header, rows), contentType, fileName: `${base}.xlsx`, rows: rows.length, truncated: false };
}
