import fs from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { parseOutcomeText } from '../../core/outcome/parse-outcome.js';
import { reportDocx, reportPdf } from '../../../test/fixtures/outcome/report-files.js';
import { PDF_FONT_FILES } from '../export/pdf-page.js';
import { loadReferenceData } from '../reference/load-reference-data.js';
import { createStateRegistry } from '../reference/state-registry.js';
import { decodeText, outcomeFileType, readOutcomeFile } from './outcome-file.js';

const reference = loadReferenceData();
const registry = createStateRegistry(reference.states, reference.stateAliases);
const parse = (text: string) => parseOutcomeText(text, { resolveState: registry.resolve });
const fixture = (name: string) => path.join(import.meta.dirname, '../../../test/fixtures/outcome', name);

// Real recommendations of A/HRC/59/15 (Slovenia), with long UN names and joint attributions.
const ROWS = [
  'Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Algeria) (Cabo Verde) (Paraguay) (South Sudan) (Sri Lanka) (Togo) (Uruguay) (Bolivarian Republic of Venezuela);',
  'Take steps to build the capacity of law enforcement and criminal justice officials to address hate crimes, including more comprehensive hate crime recording and collection of data on the bias motivations of hate crimes (United Kingdom of Great Britain and Northern Ireland);',
  'Intensify its efforts to prevent and combat trafficking in persons (Islamic Republic of Iran);',
  'Lift restrictions on dual nationality for naturalized Slovene citizens (Türkiye);',
  'Continue fostering the political independence of the public media in its various forms by providing structural financial support (Kingdom of the Netherlands);',
  'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives, Portugal);',
];
const rows = Array.from({ length: 48 }, (_, i) => ({
  paragraph: `140.${i + 1}`,
  text: ROWS[i % ROWS.length]!.replace(/;$/, i === 47 ? '.' : ';'),
}));

describe('outcomeFileType', () => {
  it.each([
    ['report.txt', '.txt'],
    ['G2502644.PDF', '.pdf'],
    ['Draft report 7 May.docx', '.docx'],
  ])('%s → %s', (name, type) => {
    expect(outcomeFileType(name)).toBe(type);
  });

  it.each(['report.doc', 'report.rtf', 'report'])('refuses %s, naming the types it reads', (name) => {
    expect(() => outcomeFileType(name)).toThrow(AppError);
    expect(() => outcomeFileType(name)).toThrow(/\.txt \(UTF-8\), \.docx or \.pdf/);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    const text = '140.48 Lift restrictions (Türkiye);';
    expect(decodeText(new TextEncoder().encode(`\uFEFF${text}`))).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toBe(text);
  });

  it('refuses bytes that are not UTF-8 instead of garbling the names', () => {
    const latin1 = new Uint8Array([0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65]); // "Türkiye" in Windows-1252
    expect(() => decodeText(latin1)).toThrow(/not UTF-8/);
  });
});

describe('readOutcomeFile', () => {
  it('reads a hand-written .txt report with page breaks, hyphenation and every naming style', async () => {
    const file = await readOutcomeFile('report-sample.txt', fs.readFileSync(fixture('report-sample.txt')));
    const out = parse(file.text);
    expect(out.recommendations.map((r) => [r.paragraph, r.recommendingStates])).toEqual([
      ['140.1', ['DZA', 'CPV', 'PRY', 'SSD', 'LKA', 'TGO', 'URY', 'VEN']],
      ['140.2', ['MDV', 'PRT']],
      ['140.3', ['GBR', 'IRN']],
      ['140.4', ['TUR']],
      ['140.5', ['TUR', 'IRN']],
      ['140.6', ['VEN', 'NLD']],
      ['140.7', ['IRQ']],
    ]);
    expect(out.recommendations[1]?.text).toBe(
      'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives, Portugal);',
    );
    expect(out.recommendations[4]?.text).toContain('for asylum-seekers (Turkey)');
    // "Econo-mic" could not be decided from the other words of this short text: flagged, not dropped.
    expect(out.warnings.map((w) => `${w.code} ${w.paragraph}`)).toEqual(['hyphenation 140.2']);
  });

  it('reads a PDF laid out like the UN’s: page heads and feet go, every paragraph and State stays', async () => {
    const bytes = await reportPdf(rows);
    const file = await readOutcomeFile('g2502644.pdf', bytes);
    expect(file.kind).toBe('pdf');
    expect(file.text).toContain('\f');
    const out = parse(file.text);
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(rows.map((r) => r.paragraph));
    out.recommendations.forEach((rec, i) => expect(rec.text).toBe(rows[i]!.text));
    expect(out.recommendations[0]?.recommendingStates).toEqual(['DZA', 'CPV', 'PRY', 'SSD', 'LKA', 'TGO', 'URY', 'VEN']);
    expect(out.recommendations[4]?.recommendingStates).toEqual(['NLD']);
    expect(out.warnings).toEqual([]);
  });

  it('puts Word’s automatic numbers back in front of a draft’s paragraphs, and says so', async () => {
    const draft = rows.slice(0, 6).map((r, i) => ({ ...r, paragraph: `6.${i + 1}` }));
    const file = await readOutcomeFile('Draft report.docx', await reportDocx(draft));
    expect(file.text.split('\n').slice(0, 3)).toEqual([
      'III.\tConclusions and/or recommendations',
      expect.stringMatching(/^6\.\tThe following recommendations/),
      `6.1\t${draft[0]!.text}`,
    ]);
    expect(file.notes).toEqual([{ code: 'word-numbering', message: expect.stringContaining('8 paragraph numbers were computed') }]);
    const out = parse(file.text);
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6']);
    expect(out.recommendations[1]?.recommendingStates).toEqual(['GBR']);
    expect(out.leadIns).toEqual([expect.objectContaining({ paragraph: '6', position: 'pending', count: 6 })]);
  });

  it('refuses a PDF without a text layer and a file that is not what its name says', async () => {
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file: string) => /\.ttf$/i.test(file));
    pdfmake.addFonts({ Roboto: { ...PDF_FONT_FILES } });
    const scan = new Uint8Array(
      await pdfmake.createPdf({ content: [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 100, h: 100 }] }] }).getBuffer(),
    );
    await expect(readOutcomeFile('scan.pdf', scan)).rejects.toThrow(/no text layer/);
    await expect(readOutcomeFile('report.docx', new TextEncoder().encode('140.1 Ratify (Chile);'))).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(readOutcomeFile('report.pdf', new TextEncoder().encode('140.1 Ratify (Chile);'))).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
