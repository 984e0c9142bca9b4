/**
 * The advocacy document as one standalone HTML page: opened from a link, printed to A4 from
 * any browser, or pasted into an e-mail. No script and no external resource (fonts, images,
 * styles) at all, since the page may be opened where requests to third parties are watched;
 * every user text is escaped. The inline <style> is allowed by the server's CSP.
 */
import type { AdvocacyDocument } from '../../core/campaign/advocacy-document.js';
import { documentBlocks, type DocumentBlocks, type IssueBlock } from '../../core/campaign/document-blocks.js';
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';
import { escapeHtml, PRINT_MEDIA, SHEET_STYLE } from './print-page.js';

const STYLE = `${SHEET_STYLE}
.org { font-size: ${P.bodyPt + 0.5}pt; }
h2 { margin: 12pt 0 4pt; font-size: ${P.headingPt}pt; color: ${C.accent}; break-after: avoid; page-break-after: avoid; }
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
${PRINT_MEDIA}`;

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
