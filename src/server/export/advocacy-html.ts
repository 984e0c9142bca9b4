/**
 * The advocacy document as one standalone HTML page: opened from a link, printed to A4 from
 * any browser, or pasted into an e-mail. No script and no external resource (fonts, images,
 * styles) at all, since the page may be opened where requests to third parties are watched;
 * every user text is escaped. The inline <style> is allowed by the server's CSP.
 */
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { documentBlocks, type DocumentBlocks, type IssueBlock } from '../../core/campaign/document-blocks.js';
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

// Fonts installed with the system only: Roboto/Arial/Liberation/DejaVu all carry Cyrillic.
const STYLE = `
@page { size: A4; margin: ${P.marginTopMm}mm ${P.marginSideMm}mm ${P.marginBottomMm}mm; }
* { box-sizing: border-box; }
html { background: #f3f4f6; }
body { margin: 0; font-family: Roboto, Arial, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: ${P.bodyPt}pt; line-height: 1.4; color: ${C.text}; }
main { max-width: 210mm; margin: 24px auto; padding: ${P.marginTopMm}mm ${P.marginSideMm}mm ${P.marginBottomMm}mm;
  background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
header { border-bottom: 1.5pt solid ${C.accent}; padding-bottom: 6pt; margin-bottom: 10pt; }
.org { margin: 0 0 2pt; font-weight: 700; color: ${C.accent}; font-size: ${P.bodyPt + 0.5}pt; }
h1 { margin: 0 0 3pt; font-size: ${P.titlePt}pt; line-height: 1.2; }
.date { margin: 0; color: ${C.muted}; font-size: ${P.smallPt}pt; }
h2 { margin: 12pt 0 4pt; font-size: ${P.headingPt}pt; color: ${C.accent}; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 5pt; }
.core { break-inside: avoid; page-break-inside: avoid; }
.recommendations { margin: 4pt 0 6pt; padding: 6pt 10pt 5pt; background: ${C.tint}; border-left: 3pt solid ${C.accent};
  break-inside: avoid; page-break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.recommendations h3 { margin: 0 0 3pt; font-size: ${P.smallPt}pt; letter-spacing: .04em; text-transform: uppercase; color: ${C.accent}; }
.recommendations ol { margin: 0; padding-left: 1.6em; font-weight: 700; }
.recommendations li { margin-bottom: 2pt; }
.recommendations li::marker { color: ${C.accent}; }
.questions { break-inside: avoid; page-break-inside: avoid; }
.questions h3 { margin: 2pt 0 2pt; font-size: ${P.bodyPt}pt; }
.questions ul { margin: 0 0 4pt; padding-left: 1.4em; }
.references { font-size: ${P.smallPt - 0.5}pt; color: ${C.muted}; }
footer { margin-top: 14pt; padding-top: 4pt; border-top: .5pt solid ${C.muted}; font-size: ${P.smallPt}pt; color: ${C.muted}; }
@media print {
  html { background: none; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
}
`;

function headerHtml(blocks: DocumentBlocks): string {
  return `<header>
<p class="org">${escapeHtml(blocks.header.organisation)}</p>
<h1>${escapeHtml(blocks.header.reviewLine)}</h1>
<p class="date">${escapeHtml(blocks.header.dateLine)}</p>
</header>`;
}

function issueHtml(issue: IssueBlock): string {
  const first = issue.recommendations.items[0]?.number ?? 1;
  // .core keeps title, background and recommendations on one printed page, as the PDF does.
  const parts = [`<section class="issue">`, `<div class="core">`, `<h2>${escapeHtml(issue.title)}</h2>`];
  if (issue.summary) parts.push(`<p>${escapeHtml(issue.summary)}</p>`);
  parts.push(
    `<div class="recommendations">`,
    `<h3>${escapeHtml(issue.recommendations.heading)}</h3>`,
    `<ol start="${first}">${issue.recommendations.items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('')}</ol>`,
    `</div>`,
    `</div>`,
  );
  if (issue.questions) {
    parts.push(
      `<div class="questions"><h3>${escapeHtml(issue.questions.heading)}</h3>`,
      `<ul>${issue.questions.items.map((q) => `<li>${escapeHtml(q)}</li>`).join('')}</ul></div>`,
    );
  }
  if (issue.references) {
    parts.push(`<p class="references">${escapeHtml(issue.references.heading)}: ${issue.references.items.map(escapeHtml).join('; ')}</p>`);
  }
  parts.push(`</section>`);
  return parts.join('\n');
}

/** A complete, print-ready HTML page of the advocacy factsheet. */
export function renderAdvocacyHtml(doc: AdvocacyDocument): string {
  const blocks = documentBlocks(doc);
  const about = blocks.about ? `<p class="about"><strong>${escapeHtml(blocks.about.heading)}.</strong> ${escapeHtml(blocks.about.text)}</p>` : '';
  const footer = blocks.footer
    ? `<footer><strong>${escapeHtml(blocks.footer.label)}:</strong> ${blocks.footer.items.map(escapeHtml).join(' &middot; ')}</footer>`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(blocks.languageTag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeHtml(blocks.meta.author)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(blocks.meta.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${headerHtml(blocks)}
${about}
${blocks.issues.map(issueHtml).join('\n')}
${footer}
</main>
</body>
</html>
`;
}
