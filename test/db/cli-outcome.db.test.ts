import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-runner.js';
import { compareParagraphs } from '../../src/core/outcome/outcome-warnings.js';
import type { OutcomeParseDto } from '../../src/shared/contracts/outcome.js';
import { reportDocx, reportPdf } from '../fixtures/outcome/report-files.js';
import { sharedDataFile } from '../shared-data.js';

// `upr-advocate outcome parse` of DESIGN.md through the real executable, on the real report texts
// of ../shared/data (SOURCES.md §14) checked against the OHCHR matrix and the report extracts
// (§6, §13), and on a .docx and a .pdf made here.
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-outcome-data-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-outcome-'));
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

const cli = cliIn(dataDir);

function json(...args: string[]): OutcomeParseDto {
  const { code, stdout, stderr } = cli('outcome', 'parse', ...args, '--format', 'json');
  expect(code, stderr).toBe(0);
  expect(stderr).toBe('');
  return JSON.parse(stdout) as OutcomeParseDto;
}

interface Row {
  working_group_report: string;
  paragraph: string;
  recommendation: string;
  recommending_states: string;
  recommending_iso3: string;
  position: string;
}

const texts = (name: string) => sharedDataFile(`upr_wg_report_texts/${name}`);
const matrixFile = sharedDataFile('ohchr_matrices_slovenia/slovenia_upr_thematic_lists_cycles2-4.csv');
const reportsFile = sharedDataFile('upr_wg_report_recommendations/upr_recommendations_from_wg_reports.csv');
const rowsOf = (file: string | null, symbol: string) =>
  file
    ? (parseCsv(fs.readFileSync(file), { columns: true }) as Row[])
        .filter((r) => r.working_group_report === symbol)
        .sort((a, b) => compareParagraphs(a.paragraph, b.paragraph))
    : [];
const codes = (row: Row) => row.recommending_iso3.split(';').map((c) => c.trim());
const slovenia4 = rowsOf(matrixFile, 'A/HRC/59/15');
const slovenia3 = rowsOf(matrixFile, 'A/HRC/43/15');
const mozambique = rowsOf(reportsFile, 'A/HRC/63/6');

// Each run starts tsx (2–10 s on a loaded machine).
describe('upr-advocate outcome parse', { timeout: 120_000 }, () => {
  const report59 = texts('A_HRC_59_15_Slovenia_section_II.txt');
  const add59 = texts('A_HRC_59_15_Add.1_Slovenia.txt');
  it.skipIf(!report59 || !add59 || slovenia4.length === 0)(
    'reads A/HRC/59/15: 254 recommendations with the matrix’s States, and the responses of its Add.1',
    () => {
      const out = json(report59!, '--responses', add59!);
      expect(out.recommendations.map((r) => r.paragraph)).toEqual(slovenia4.map((r) => r.paragraph));
      expect(out.recommendations).toHaveLength(254);
      out.recommendations.forEach((rec, i) => {
        expect(rec.recommendingStates, rec.paragraph).toEqual(codes(slovenia4[i]!));
        expect(rec.response, rec.paragraph).toBe(slovenia4[i]!.position.toLowerCase());
        expect(rec.confidence, rec.paragraph).toBe('high');
      });
      const byNumber = new Map(out.recommendations.map((r) => [r.paragraph, r]));
      // Joint recommendations and long names, as the matrix gives them.
      expect(byNumber.get('140.1')?.rawStates).toEqual(slovenia4[0]!.recommending_states.split('; '));
      expect(byNumber.get('140.7')?.recommendingStates).toEqual(['MDV', 'PRT']);
      expect(byNumber.get('140.45')).toMatchObject({
        recommendingStates: ['GBR'],
        rawStates: ['United Kingdom of Great Britain and Northern Ireland'],
      });
      expect(byNumber.get('140.124')?.rawStates).toEqual(['Bolivarian Republic of Venezuela']);
      expect(byNumber.get('140.219')?.rawStates).toEqual(['Islamic Republic of Iran']);
      expect(byNumber.get('140.67')?.recommendingStates).toEqual(['NLD']);
      expect(byNumber.get('140.226')?.recommendingStates).toEqual(['TUR']);
      expect(out.responses?.stated).toEqual({ supported: 217, noted: 37 });
      expect(out.responses?.items).toHaveLength(254);
      expect(out.warnings).toEqual([]);
    },
  );

  const report43 = texts('A_HRC_43_15_Slovenia_section_II.txt');
  const add43 = texts('A_HRC_43_15_Add.1_Slovenia.txt');
  it.skipIf(!report43 || !add43 || slovenia3.length === 0)(
    'reads A/HRC/43/15: 58 supported at the review and 157 answered in Add.1, with its doubts as warnings',
    () => {
      const out = json(report43!, '--responses', add43!);
      expect(out.recommendations.map((r) => r.paragraph)).toEqual(slovenia3.map((r) => r.paragraph));
      expect(out.leadIns.map((l) => [l.paragraph, l.position, l.count])).toEqual([
        ['121', 'supported', 58],
        ['122', 'pending', 157],
      ]);
      out.recommendations.forEach((rec, i) => {
        expect(rec.recommendingStates, rec.paragraph).toEqual(codes(slovenia3[i]!));
        expect(rec.response, rec.paragraph).toBe(slovenia3[i]!.position.toLowerCase());
      });
      expect(out.responses?.stated).toEqual({ supported: 124, noted: 33 });
      expect(out.warnings.map((w) => `${w.source} ${w.code} ${w.paragraph ?? w.line}`)).toEqual([
        'report several-recommendations 121.2',
        'report several-recommendations 122.3',
        'report several-recommendations 122.11',
        'report reordered 122.45',
        'responses guessed-range 47',
        'responses guessed-range 55',
        'responses guessed-range 240',
      ]);
    },
  );

  const draft = texts('A_HRC_63_6_Mozambique_draft_section_II.txt');
  it.skipIf(!draft || mozambique.length === 0)(
    'numbers the 292 recommendations of Mozambique’s auto-numbered draft from its lead-in, and says so',
    () => {
      const out = json(draft!);
      expect(out.recommendations.map((r) => r.paragraph)).toEqual(mozambique.map((r) => r.paragraph));
      out.recommendations.forEach((rec, i) => expect(rec.recommendingStates, rec.paragraph).toEqual(codes(mozambique[i]!)));
      expect(out.warnings.map((w) => w.code)).toEqual(['numbered-by-parser']);
      expect(out.warnings[0]?.message).toContain('6.1–6.292');
    },
  );

  it.skipIf(mozambique.length === 0)('reads a Word draft whose numbers are Word’s automatic numbering', async () => {
    const file = path.join(work, 'Mozambique draft.docx');
    fs.writeFileSync(file, await reportDocx(mozambique.map((r) => ({ paragraph: r.paragraph, text: r.recommendation }))));
    const out = json(file);
    expect(out.source).toEqual({ fileName: file, kind: 'docx' });
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(mozambique.map((r) => r.paragraph));
    out.recommendations.forEach((rec, i) => expect(rec.recommendingStates, rec.paragraph).toEqual(codes(mozambique[i]!)));
    expect(out.warnings.map((w) => w.code)).toEqual(['word-numbering']);
  });

  it.skipIf(slovenia4.length === 0)('reads a PDF of the 254 recommendations of A/HRC/59/15 with page heads and feet', async () => {
    const file = path.join(work, 'g2502644.pdf');
    fs.writeFileSync(file, await reportPdf(slovenia4.map((r) => ({ paragraph: r.paragraph, text: r.recommendation }))));
    const out = json(file);
    expect(out.recommendations.map((r) => r.paragraph)).toEqual(slovenia4.map((r) => r.paragraph));
    out.recommendations.forEach((rec, i) => expect(rec.recommendingStates, rec.paragraph).toEqual(codes(slovenia4[i]!)));
    expect(out.warnings).toEqual([]);
  });

  it('prints a table in text mode, warnings on stderr, and exits 0', () => {
    const sample = path.join(root, 'test/fixtures/outcome/report-sample.txt');
    const { code, stdout, stderr } = cli(
      'outcome',
      'parse',
      sample,
      '--responses',
      path.join(root, 'test/fixtures/outcome/addendum-sample.txt'),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Para\s+Response\s+States\s+Recommendation\n/);
    expect(stdout).toMatch(/\n140\.1 {2,}noted {2,}DZA CPV PRY SSD LKA \+3 {2,}Ratify the International Convention/);
    expect(stdout).toMatch(/\n140\.2\? {2,}supported {2,}MDV PRT/);
    expect(stdout).toContain('7 recommendations; 1 to check (marked "?").');
    expect(stdout).toContain('addendum: 5 supported, 0 partially supported, 2 noted (the addendum says 5 supported, 2 noted)');
    expect(stderr).toBe('warning [hyphenation] line 10: 140.2: the line-end hyphen in "Econo-mic" was resolved by a guess.\n');
  });

  it.each([
    [
      ['missing.txt'],
      /^upr-advocate: cannot read missing\.txt: no such file\. Give the path of the Working Group report as \.txt, \.docx or \.pdf\.\n$/,
    ],
    [
      ['README.md'],
      /^upr-advocate: "\.md" files cannot be read: give the report as \.txt \(UTF-8\), \.docx or \.pdf, or paste its text; OHCHR.s thematic list as \.docx, \.csv or \.xlsx\.\n$/,
    ],
    [['package-lock.json', '--format', 'yaml'], /^error: option '--format <format>' argument 'yaml' is invalid/],
  ])('exits 1 with one line for %j', (args, message) => {
    const { code, stdout, stderr } = cli('outcome', 'parse', ...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('exits 1 when a readable file holds no recommendations', () => {
    const file = path.join(work, 'notes.txt');
    fs.writeFileSync(file, 'Minutes of the coalition meeting.\nWe will lobby the embassies.\n');
    const { code, stdout, stderr } = cli('outcome', 'parse', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^upr-advocate: no numbered recommendations found in .*notes\.txt\./);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
