/**
 * The mid-term report as one standalone HTML page to read or print to A4 from any browser. As
 * the advocacy page: no script and no external resource at all, every user text escaped, the
 * inline <style> allowed by the server's CSP.
 */
import {
  midtermReportBlocks,
  type Field,
  type MidtermBlocks,
  type MidtermReportInput,
  type RecommendationBlock,
} from '../../core/outcome/midterm-report.js';
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';
import { escapeHtml as e, PRINT_MEDIA, SHEET_STYLE } from './print-page.js';

export const PRINT_STYLE = `${SHEET_STYLE}
.review { margin: 0 0 2pt; font-weight: 700; }
.muted { color: ${C.muted}; }
h2 { margin: 14pt 0 4pt; font-size: ${P.headingPt}pt; color: ${C.accent}; break-after: avoid; page-break-after: avoid; }
h3 { margin: 8pt 0 2pt; font-size: ${P.bodyPt + 1}pt; break-after: avoid; page-break-after: avoid; }
.rec-text { font-style: italic; }
.fields { margin: 0 0 4pt; }
.fields div { margin: 0; }
h4 { margin: 4pt 0 2pt; font-size: ${P.bodyPt}pt; color: ${C.accent}; }
ul { margin: 0 0 6pt; padding-left: 1.4em; }
.rec { break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0 0 6pt; font-size: ${P.smallPt + 1}pt; }
th, td { padding: 3pt 4pt; border-bottom: .5pt solid ${C.muted}; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: ${C.tint}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
tfoot td { font-weight: 700; }
${PRINT_MEDIA}`;

const fieldsHtml = (fields: readonly Field[]) =>
  `<div class="fields">${fields.map((f) => `<div><strong>${e(f.label)}:</strong> ${e(f.value)}</div>`).join('')}</div>`;

function recommendationHtml(rec: RecommendationBlock): string {
  const timeline = rec.timeline.empty
    ? `<p class="muted">${e(rec.timeline.empty)}</p>`
    : `<ul>${rec.timeline.items
        .map((i) => `<li><strong>${e(i.date)}:</strong> ${e(i.text)}${i.source ? ` <span class="muted">(${e(i.source)})</span>` : ''}</li>`)
        .join('')}</ul>`;
  return `<section class="rec"><h3>${e(rec.heading)}</h3><p class="rec-text">${e(rec.text)}</p>${fieldsHtml(rec.fields)}<h4>${e(rec.timeline.heading)}</h4>${timeline}</section>`;
}

function summaryHtml(blocks: MidtermBlocks): string {
  const row = (label: string, counts: readonly number[], total: number) =>
    `<tr><td>${e(label)}</td>${[...counts, total].map((n) => `<td>${n}</td>`).join('')}</tr>`;
  const t = blocks.summary.totals;
  return `<h2>${e(blocks.summary.heading)}</h2>
<table><thead><tr>${blocks.summary.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>
<tbody>${blocks.summary.rows.map((r) => row(r.label, r.counts, r.total)).join('')}</tbody>
<tfoot>${row(t.label, t.counts, t.total)}</tfoot></table>`;
}

/** The <head> of a printable page: charset, no referrer, the print style. */
export function printHead(languageTag: string, title: string, author: string): string {
  return `<!DOCTYPE html>
<html lang="${e(languageTag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${e(author)}">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${PRINT_STYLE}</style>
</head>`;
}

/** A complete, print-ready HTML page of the mid-term report. */
export function renderMidtermHtml(input: MidtermReportInput): string {
  const blocks = midtermReportBlocks(input);
  const h = blocks.header;
  const noted = blocks.noted
    ? `<h2>${e(blocks.noted.heading)}</h2><p>${e(blocks.noted.intro)}</p>${blocks.noted.items
        .map((i) => `<section class="rec"><h3>${e(i.heading)}</h3><p class="rec-text">${e(i.text)}</p>${fieldsHtml(i.fields)}</section>`)
        .join('\n')}`
    : '';
  const footer = blocks.footer
    ? `<footer><strong>${e(blocks.footer.label)}:</strong> ${blocks.footer.items.map(e).join(' &middot; ')}</footer>`
    : '';
  return `${printHead(blocks.languageTag, blocks.meta.title, blocks.meta.author)}
<body>
<main>
<header>
${h.organisation ? `<p class="org">${e(h.organisation)}</p>` : ''}
<h1>${e(h.title)}</h1>
<p class="review">${e(h.reviewLine)}</p>
<p class="date">${e(h.dateLine)}</p>
</header>
${blocks.introduction.map((p) => `<p>${e(p)}</p>`).join('\n')}
${summaryHtml(blocks)}
${blocks.sections.map((s) => `<h2>${e(s.title)}</h2>\n${s.items.map(recommendationHtml).join('\n')}`).join('\n')}
${noted}
${footer}
</main>
</body>
</html>
`;
}
