/**
 * The plain-text body of one person's daily digest: per organisation and campaign, the open
 * tasks that are overdue, due today, and due within the look-ahead — outreach follow-ups (State,
 * channel, kind) and the outcome's tasks (thank a State, lobby on a recommendation) — each with
 * its due date, and links to the outreach board and the outcome.
 */
import type { OutcomeTaskDto } from '../../shared/contracts/outcome-campaign.js';
import type { FollowUpDto } from '../../shared/contracts/outreach.js';
import { DIGEST_TEXTS, formatDigestDate, type DigestCounts, type DigestLanguage, type DigestTexts } from './digest-texts.js';

/** A follow-up of the outreach board, or a task of the review's outcome. */
export type DigestItem = FollowUpDto | (OutcomeTaskDto & { outcome: true });

export interface CampaignDigest {
  id: string;
  name: string;
  overdue: DigestItem[];
  dueToday: DigestItem[];
  dueSoon: DigestItem[];
}

export interface OrganisationDigest {
  name: string;
  campaigns: CampaignDigest[];
}

export interface DigestInput {
  to: { name: string; email: string };
  language: DigestLanguage;
  today: string;
  lookaheadDays: number;
  publicUrl: string;
  organisations: OrganisationDigest[];
}

function countAll(organisations: OrganisationDigest[]): DigestCounts {
  const campaigns = organisations.flatMap((o) => o.campaigns);
  const sum = (pick: (c: CampaignDigest) => DigestItem[]) => campaigns.reduce((n, c) => n + pick(c).length, 0);
  return { overdue: sum((c) => c.overdue), dueToday: sum((c) => c.dueToday), dueSoon: sum((c) => c.dueSoon) };
}

function itemLine(f: DigestItem, texts: DigestTexts, language: DigestLanguage): string {
  const due = texts.due(formatDigestDate(f.dueDate, language));
  const line =
    'outcome' in f
      ? `  - ${f.stateName}: ${texts.outcomeTask(f.kind, f.paragraph)}, ${due}`
      : `  - ${f.stateName} — ${texts.channel[f.channelKind]}: ${texts.kind[f.kind]}, ${due}`;
  const note = f.note.trim().replace(/\s+/g, ' ');
  return note ? `${line}\n    ${note}` : line;
}

function campaignBlock(c: CampaignDigest, input: DigestInput, texts: DigestTexts): string[] {
  const lines = [`== ${c.name} ==`];
  const group = (heading: string, items: DigestItem[]) => {
    if (items.length > 0) lines.push(`${heading}:`, ...items.map((f) => itemLine(f, texts, input.language)));
  };
  group(texts.overdue, c.overdue);
  group(texts.dueToday, c.dueToday);
  group(texts.dueSoon(input.lookaheadDays), c.dueSoon);
  const campaignUrl = `${input.publicUrl.replace(/\/$/, '')}/campaigns/${encodeURIComponent(c.id)}`;
  const items = [...c.overdue, ...c.dueToday, ...c.dueSoon];
  if (items.some((i) => !('outcome' in i))) lines.push(`${texts.board}: ${campaignUrl}/outreach`);
  if (items.some((i) => 'outcome' in i)) lines.push(`${texts.campaign}: ${campaignUrl}`);
  lines.push('');
  return lines;
}

export function composeDigest(input: DigestInput): { to: string; subject: string; text: string } {
  const texts = DIGEST_TEXTS[input.language];
  const date = formatDigestDate(input.today, input.language);
  const lines = [texts.greeting(input.to.name), ''];
  for (const organisation of input.organisations) {
    lines.push(texts.intro(date, organisation.name), '');
    for (const campaign of organisation.campaigns) lines.push(...campaignBlock(campaign, input, texts));
  }
  lines.push('-- ', texts.footer(input.lookaheadDays), '');
  return { to: input.to.email, subject: texts.subject(countAll(input.organisations)), text: lines.join('\n') };
}
