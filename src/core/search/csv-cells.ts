/**
 * CSV output that spreadsheets open safely. A cell beginning with = + - @, a tab or a carriage
 * return is run as a formula by Excel, LibreOffice and Google Sheets ("CSV injection"); an
 * imported recommendation text is untrusted, so such cells get a leading apostrophe, which the
 * spreadsheet shows as text (OWASP's advice). Quoting follows RFC 4180.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null | undefined;

/** The cell text with a leading `'` when a spreadsheet would read it as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: texts are neutralised, then quoted when they hold `"`, `,`, CR or LF. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers we write ourselves (cycle, session) are data, not user text; a negative one is not.
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document: CRLF line ends, and a UTF-8 byte order mark so that Excel reads
 * Cyrillic and accented names correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
