/**
 * Update letters to the recommending States (stage `update-recommending-states`): one short
 * letter per State whose recommendations we monitor, to its embassy (the bilateral channel
 * STRATEGY.md asks to keep raising them) or else its Geneva mission, greeting the current
 * holder of the most relevant post when we know one. Layout-independent blocks for the DOCX
 * and HTML renderers.
 */
import type { DocumentContact, DocumentLanguage } from '../campaign/advocacy-document.js';
import { formatCivilDate } from '../campaign/format-civil-date.js';
import type { IsoDate } from '../dates.js';
import type { ChannelKind } from '../outreach/outreach-rules.js';
import type { Response } from '../recommendations/responses.js';
import { LANGUAGE_TAGS } from './midterm-report.js';
import { midtermTexts } from './midterm-texts.js';
import type { MonitoringStatus } from './monitoring-status.js';
import { letterTexts } from './update-letter-texts.js';

export interface LetterChannel {
  kind: ChannelKind;
  city: string;
  posts: readonly { title: string; holder: string | null }[];
}

export interface Addressee {
  kind: ChannelKind | null;
  city: string;
  name: string | null;
  post: string | null;
}

/** Posts in the order a UPR update is best sent to; any other post with a holder comes after. */
const POST_PRIORITY: readonly RegExp[] = [
  /(?<!\p{L})(?:upr|упо)(?!\p{L})/iu,
  /human rights|прав\p{L}* человека/iu,
  /(?<!\p{L})(?:ambassador|посол(?!ьств))/iu,
  /(?<!\p{L})(?:deputy|заместител)/iu,
];

const postRank = (title: string) => {
  const index = POST_PRIORITY.findIndex((re) => re.test(title));
  return index < 0 ? POST_PRIORITY.length : index;
};

/**
 * Who the letter goes to: the embassy before the mission, a channel with a known post holder
 * before one without, and within it the most relevant post (UPR focal point, human rights
 * officer, ambassador, deputy head, any other). No channel at all: the embassy, unnamed.
 */
export function pickAddressee(channels: readonly LetterChannel[]): Addressee {
  const order = (c: LetterChannel) => (c.posts.some((p) => p.holder) ? 0 : 2) + (c.kind === 'embassy' ? 0 : 1);
  const channel = [...channels].sort((a, b) => order(a) - order(b))[0];
  if (!channel) return { kind: null, city: '', name: null, post: null };
  const post = channel.posts.filter((p) => p.holder).sort((a, b) => postRank(a.title) - postRank(b.title))[0];
  return { kind: channel.kind, city: channel.city.trim(), name: post?.holder?.trim() || null, post: post?.title.trim() || null };
}

export interface LetterRecommendation {
  paragraph: string;
  text: string;
  response: Response;
  status: MonitoringStatus;
  ministry: string;
  /** The latest piece of evidence, if any. */
  latest: { date: IsoDate; text: string; source: string } | null;
}

export interface LetterInput {
  state: { iso3: string; name: string };
  addressee: Addressee;
  recommendations: readonly LetterRecommendation[];
  noted: readonly { paragraph: string; text: string }[];
}

export interface UpdateLettersInput {
  language: DocumentLanguage;
  organisation: string;
  contact: DocumentContact;
  sur: { iso3: string; name: string };
  reviewDate: IsoDate;
  letterDate: IsoDate;
  letters: readonly LetterInput[];
}

export interface LetterItem {
  heading: string;
  text: string;
  lines: string[];
}

export interface LetterBlock {
  stateIso3: string;
  recipient: string[];
  date: string;
  subject: string;
  greeting: string;
  intro: string;
  items: LetterItem[];
  noted: { intro: string; items: LetterItem[] } | null;
  closing: string[];
  signOff: string;
  signature: string[];
}

export interface UpdateLettersBlocks {
  language: DocumentLanguage;
  languageTag: string;
  meta: { title: string; author: string };
  letters: LetterBlock[];
}

function letterBlock(input: UpdateLettersInput, letter: LetterInput): LetterBlock {
  const texts = letterTexts(input.language);
  const labels = midtermTexts(input.language);
  const facts = (count: number) => ({
    sur: input.sur.name,
    recommender: letter.state.name,
    reviewDate: input.reviewDate,
    letterDate: input.letterDate,
    count,
  });
  const { addressee } = letter;
  const person = addressee.name ? [addressee.post ? `${addressee.name}, ${addressee.post}` : addressee.name] : [];
  const items = letter.recommendations.map((rec): LetterItem => {
    const ministry = rec.ministry.trim();
    const status = `${texts.status}: ${labels.statuses[rec.status]}${ministry ? ` (${texts.responsible}: ${ministry})` : ''}.`;
    const latest = rec.latest
      ? `${texts.latest(formatCivilDate(rec.latest.date, input.language))}: ${rec.latest.text.trim()}` +
        (rec.latest.source.trim() ? ` ${texts.source}: ${rec.latest.source.trim()}.` : '')
      : texts.noNews;
    return { heading: labels.recommendation(rec.paragraph), text: rec.text.trim(), lines: [status, latest] };
  });
  const signature = [input.contact.name, input.organisation, input.contact.email, input.contact.phone].map((s) => s.trim()).filter(Boolean);
  return {
    stateIso3: letter.state.iso3,
    recipient: [...person, texts.recipient(addressee.kind, letter.state.name), ...(addressee.city ? [addressee.city] : [])],
    date: formatCivilDate(input.letterDate, input.language),
    subject: texts.subject(facts(letter.recommendations.length)),
    greeting: texts.greeting(addressee.name),
    intro: texts.intro(facts(letter.recommendations.length)),
    items,
    noted:
      letter.noted.length === 0
        ? null
        : {
            intro: texts.noted(facts(letter.noted.length)),
            items: letter.noted.map((n) => ({ heading: labels.recommendation(n.paragraph), text: n.text.trim(), lines: [] })),
          },
    closing: [texts.ask(addressee.kind, facts(letter.recommendations.length + letter.noted.length)), texts.offer],
    signOff: texts.signOff,
    signature,
  };
}

/** One letter block per recommending State, in the order given. */
export function updateLettersBlocks(input: UpdateLettersInput): UpdateLettersBlocks {
  const organisation = input.organisation.trim();
  return {
    language: input.language,
    languageTag: LANGUAGE_TAGS[input.language],
    meta: { title: letterTexts(input.language).title(input.sur.name), author: organisation },
    letters: input.letters.filter((l) => l.recommendations.length > 0).map((l) => letterBlock(input, l)),
  };
}

export function updateLettersFileName(input: Pick<UpdateLettersInput, 'sur' | 'reviewDate'>, extension: string): string {
  return `update-letters-${input.sur.iso3}-${input.reviewDate}.${extension}`;
}
