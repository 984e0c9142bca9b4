/**
 * What every printable HTML page we write shares (advocacy document, mid-term report): escaping
 * of user text, and the A4 sheet with its header band, footer and print rules. The pages have no
 * script and load nothing (fonts installed with the system only: Roboto, Arial, Liberation and
 * DejaVu all carry Cyrillic); their inline <style> is allowed by the server's CSP.
 */
import { ADVOCACY_COLORS as C, ADVOCACY_PAGE as P } from './advocacy-style.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** The sheet on screen (a white A4 on grey), the header band (organisation, title, date) and the footer. */
export const SHEET_STYLE = `
@page { size: A4; margin: ${P.marginTopMm}mm ${P.marginSideMm}mm ${P.marginBottomMm}mm; }
* { box-sizing: border-box; }
html { background: #f3f4f6; }
body { margin: 0; font-family: Roboto, Arial, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: ${P.bodyPt}pt; line-height: 1.4; color: ${C.text}; }
main { max-width: 210mm; margin: 24px auto; padding: ${P.marginTopMm}mm ${P.marginSideMm}mm ${P.marginBottomMm}mm;
  background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
header { border-bottom: 1.5pt solid ${C.accent}; padding-bottom: 6pt; margin-bottom: 10pt; }
.org { margin: 0 0 2pt; font-weight: 700; color: ${C.accent}; }
h1 { margin: 0 0 3pt; font-size: ${P.titlePt}pt; line-height: 1.2; }
.date { margin: 0; color: ${C.muted}; font-size: ${P.smallPt}pt; }
p { margin: 0 0 5pt; }
footer { margin-top: 14pt; padding-top: 4pt; border-top: .5pt solid ${C.muted}; font-size: ${P.smallPt}pt; color: ${C.muted}; }
`;

/** Printed, the sheet is the paper: no grey, no shadow, links as plain text. Comes last. */
export const PRINT_MEDIA = `
@media print {
  html { background: none; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
}
`;
