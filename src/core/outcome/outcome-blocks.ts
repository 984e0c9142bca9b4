/**
 * Cuts the cleaned lines of a report into its numbered paragraphs. In section II a lead-in
 * paragraph ("140. The following recommendations will be examined by Slovenia …:") is followed
 * by its recommendations, numbered "140.1", "140.2", … — the label on its own line or at the
 * start of the text line — or, in Word drafts whose auto-numbering did not survive, not numbered
 * at all: one TAB-led line per recommendation, which are then numbered here in their order.
 */
import type { ReportLine } from './outcome-lines.js';
import { paragraphLabel, paragraphSpan, type OutcomeWarning } from './outcome-warnings.js';

/** A top-level numbered paragraph ("140. …"), lead-ins included. */
export interface ParagraphBlock {
  kind: 'paragraph';
  number: number;
  line: number;
  parts: string[];
}

/** One recommendation paragraph ("140.5"). `labelled` is false when the number was given here. */
export interface ItemBlock {
  kind: 'item';
  major: number;
  minor: number;
  labelled: boolean;
  line: number;
  parts: string[];
  /** Line numbers of the item's text lines (for pointing at a line in a warning). */
  lines: number[];
  outOfOrder: boolean;
  leadIn: ParagraphBlock | null;
}

export interface Segments {
  paragraphs: ParagraphBlock[];
  items: ItemBlock[];
  warnings: OutcomeWarning[];
}

interface Group {
  major: number;
  lastMinor: number;
  mode: 'labelled' | 'unlabelled' | null;
  leadIn: ParagraphBlock | null;
  count: number;
  firstUnlabelled: number;
  /** Minors given here to paragraphs without a number in the text. */
  unlabelled: number[];
}

const HEADING = /^(?:[IVX]{1,6}|[A-H])\.\s+\p{Lu}/u;
// Alone on their line: "Annex I of the Convention" wrapped to the start of a line is text.
const END_MARK = /^(?:Annex(?:es)?(?:\s+[IVX\d]+)?|Composition of the delegation)$/i;
const ITEM_LABEL = /^(\d{1,3})\.(\d{1,3})\.?(?=\s|$)\s*(.*)$/s;
const TOP_LABEL = /^(\d{1,3})\.(?=\s|$)\s*(.*)$/s;

const textOf = (parts: readonly string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();

/** A lead-in opens a list: it speaks of recommendations and ends with a colon. */
export function isListingLeadIn(paragraph: ParagraphBlock): boolean {
  const text = textOf(paragraph.parts);
  return /recommendation/i.test(text) && /:$/.test(text);
}

/** Segments the report's lines; see the file comment. Never drops a numbered paragraph without a warning. */
export function segmentReport(lines: readonly ReportLine[]): Segments {
  const paragraphs: ParagraphBlock[] = [];
  const items: ItemBlock[] = [];
  const warnings: OutcomeWarning[] = [];
  const unread: number[] = [];
  let current: ParagraphBlock | ItemBlock | null = null;
  let group: Group | null = null;
  let lastTop: number | null = null;

  const closeGroup = () => {
    if (group && group.unlabelled.length > 0) {
      const given = group.unlabelled;
      const first = given[0]!;
      const last = given[given.length - 1]!;
      const contiguous = last - first + 1 === given.length;
      const numbers = contiguous ? paragraphSpan(group.major, first, last) : given.map((m) => paragraphLabel(group!.major, m)).join(', ');
      warnings.push({
        code: 'numbered-by-parser',
        line: group.leadIn?.line ?? group.firstUnlabelled,
        message:
          given.length === group.count
            ? `The ${given.length} recommendations after paragraph ${group.major} carry no numbers in the text (Word's automatic numbering ` +
              `was lost); they were numbered ${numbers} in their order. Check the numbers against the report.`
            : `${given.length} recommendation(s) after paragraph ${group.major} have no number in the text and were numbered ${numbers} ` +
              `by their place. Check them against the report.`,
      });
    }
    group = null;
  };

  /** Before a heading, the next top-level paragraph or the end: a lead-in left without its list is reported. */
  const endParagraph = () => {
    const cur = current as ParagraphBlock | ItemBlock | null;
    if (cur?.kind === 'paragraph' && group === null && isListingLeadIn(cur)) {
      warnings.push({
        code: 'empty-lead-in',
        line: cur.line,
        message: `Paragraph ${cur.number} introduces recommendations, but none follow it.`,
      });
    }
  };

  const openGroup = (major: number, leadIn: ParagraphBlock | null) => {
    closeGroup();
    group = { major, lastMinor: 0, mode: null, leadIn, count: 0, firstUnlabelled: 0, unlabelled: [] };
    return group;
  };

  const addItem = (g: Group, minor: number, labelled: boolean, line: ReportLine, text: string) => {
    const expected = g.lastMinor + 1;
    if (labelled && minor > expected) {
      warnings.push({
        code: 'missing-paragraphs',
        line: line.line,
        message: `Paragraph ${paragraphSpan(g.major, expected, minor - 1)} not found before line ${line.line}: the text may have lost its number or be missing.`,
      });
    }
    const outOfOrder = labelled && minor < expected;
    if (outOfOrder) {
      warnings.push({
        code: 'out-of-order',
        line: line.line,
        paragraph: paragraphLabel(g.major, minor),
        message: `Paragraph ${paragraphLabel(g.major, minor)} comes after ${paragraphLabel(g.major, g.lastMinor)}: a repeated number or a line of text that starts with a number.`,
      });
    }
    if (!labelled) {
      if (g.unlabelled.length === 0) g.firstUnlabelled = line.line;
      g.unlabelled.push(minor);
    }
    // Once the text shows numbers, lines after a ";" continue a paragraph (121.2 holds two recommendations).
    g.mode = labelled ? 'labelled' : (g.mode ?? 'unlabelled');
    g.lastMinor = Math.max(g.lastMinor, minor);
    g.count++;
    const item: ItemBlock = {
      kind: 'item',
      major: g.major,
      minor,
      labelled,
      line: line.line,
      parts: [],
      lines: [],
      outOfOrder,
      leadIn: g.leadIn,
    };
    if (text) {
      item.parts.push(text);
      item.lines.push(line.line);
    }
    items.push(item);
    current = item;
  };

  const appendText = (line: ReportLine) => {
    const cur = current as ParagraphBlock | ItemBlock | null;
    if (cur === null) {
      unread.push(line.line);
      return;
    }
    if (cur.kind === 'paragraph') {
      if (group === null && isListingLeadIn(cur)) addItem(openGroup(cur.number, cur), 1, false, line, line.text);
      else cur.parts.push(line.text);
      return;
    }
    const g = group as Group | null;
    const previous = cur.parts[cur.parts.length - 1] ?? '';
    if (g?.mode === 'unlabelled' && (line.indented || /[;.]$/.test(previous))) addItem(g, g.lastMinor + 1, false, line, line.text);
    else {
      cur.parts.push(line.text);
      cur.lines.push(line.line);
    }
  };

  const ignoredLabel = (line: ReportLine) => {
    const g = group as Group | null;
    if (g === null) return;
    warnings.push({
      code: 'ignored-label',
      line: line.line,
      message: `The line starts like a paragraph number ("${line.text.slice(0, 40)}") but does not follow paragraph ${g.major}'s numbering; it was read as text of the paragraph before it.`,
    });
  };

  for (const line of lines) {
    const t = line.text;
    if ((HEADING.test(t) && t.length <= 120 && !/[;,]$/.test(t)) || END_MARK.test(t)) {
      endParagraph();
      closeGroup();
      current = null;
      continue;
    }
    const item = ITEM_LABEL.exec(t);
    if (item) {
      const major = Number(item[1]);
      const minor = Number(item[2]);
      const cur = current as ParagraphBlock | ItemBlock | null;
      let g = group as Group | null;
      if (g === null && (cur === null || (cur.kind === 'paragraph' && cur.number === major))) {
        g = openGroup(major, cur?.kind === 'paragraph' ? cur : null);
      } else if (g !== null && major > g.major && minor === 1) {
        g = openGroup(major, null); // the lead-in was lost: a new list starts anyway
      }
      if (g !== null && g.major === major) {
        addItem(g, minor, true, line, item[3] ?? '');
        continue;
      }
      ignoredLabel(line);
      appendText(line);
      continue;
    }
    const top = TOP_LABEL.exec(t);
    if (top) {
      const n = Number(top[1]);
      const g = group as Group | null;
      // Older reports number recommendations "1.", "2.", … under their lead-in (read as 89.1, 89.2, …).
      if (g !== null && g.mode !== 'unlabelled' && g.leadIn && n === g.lastMinor + 1 && n < g.major) {
        addItem(g, n, true, line, top[2] ?? '');
        continue;
      }
      if (lastTop === null || n > lastTop) {
        endParagraph();
        closeGroup();
        lastTop = n;
        const paragraph: ParagraphBlock = { kind: 'paragraph', number: n, line: line.line, parts: top[2] ? [top[2]] : [] };
        paragraphs.push(paragraph);
        current = paragraph;
        continue;
      }
      ignoredLabel(line);
    }
    appendText(line);
  }
  endParagraph();
  closeGroup();
  if (unread.length > 0) {
    const shown = unread.slice(0, 5).join(', ') + (unread.length > 5 ? ', …' : '');
    warnings.push({
      code: 'unread-text',
      line: unread[0] ?? 0,
      message: `${unread.length} line(s) outside any numbered paragraph were not read (lines ${shown}).`,
    });
  }
  return { paragraphs, items, warnings };
}
