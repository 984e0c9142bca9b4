import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { comparableText, dedupeKey } from './merge-joint.js';
import { parseRecommendationFile } from './parse-recommendation-file.js';
import { readRecords } from './read-records.js';

const NAMES: Record<string, string> = { kazakhstan: 'KAZ', france: 'FRA', 'dpr korea': 'PRK', chile: 'CHL' };
const states = { isState: (iso3: string) => Object.values(NAMES).includes(iso3), resolve: (name: string) => NAMES[name.toLowerCase()] ?? null };
const encode = (text: string) => new TextEncoder().encode(text);
const parseText = (fileName: string, text: string) => parseRecommendationFile({ fileName, bytes: encode(text), states });
const HEADER = 'session,sur_iso3,rs_iso3,rs_name,recommendation,response,action_category,issues';

async function records(format: 'csv' | 'csv.gz', bytes: Uint8Array) {
  const out = [];
  for await (const record of readRecords(format, bytes)) out.push(record);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('reading records', () => {
  const text = 'a,b\r\n\r\n1,"two\r\nlines"\r\n3,4\r\n\r\n5,"x\r\n\r\ny"\r\n7,8';
  const expected = [
    { line: 1, cells: ['a', 'b'] },
    { line: 3, cells: ['1', 'two\nlines'] },
    { line: 5, cells: ['3', '4'] },
    { line: 7, cells: ['5', 'x\n\ny'] },
    { line: 10, cells: ['7', '8'] },
  ];

  it('numbers lines as an editor does, across CRLF, blank lines and quoted line breaks', async () => {
    expect(await records('csv', encode(text))).toEqual(expected);
    expect(await records('csv', encode(text.replace(/\r\n/g, '\n')))).toEqual(expected);
  });

  it('reads the same records from a gzipped file', async () => {
    expect(await records('csv.gz', gzipSync(encode(text)))).toEqual(expected);
  });

  it('refuses broken gzip, broken CSV and unknown file types', async () => {
    expect((await failure(records('csv.gz', encode(text)))).message).toMatch(/not a valid gzip file/);
    expect((await failure(records('csv', encode('a,b\n1,"open\n')))).message).toMatch(/not valid CSV/);
    expect((await failure(parseText('matrix.pdf', 'x'))).message).toMatch(/use \.csv, \.csv\.gz, \.xlsx, \.json or \.docx \(an OHCHR matrix\)/);
    expect((await failure(parseText('matrix.docx', 'x'))).message).toMatch(/not a Word \.docx document: it is not a zip archive/);
  });
});

describe('parsing a recommendations file', () => {
  it('recognises no scheme in foreign columns, and names missing columns', async () => {
    expect((await failure(parseText('x.csv', 'name,value\na,b\n'))).message).toMatch(/not those of a UPR Info export/);
    expect((await failure(parseText('x.csv', 'session,sur_iso3,rs_iso3,recommendation\n1,KAZ,FRA,x\n'))).message).toMatch(
      /lacks the column\(s\) response or response_upr_info/,
    );
    expect((await failure(parseText('x.csv', `${HEADER}\n`))).message).toMatch(/no recommendations/);
  });

  it('merges joint rows, keeps the first answer and warns about the disagreement', async () => {
    const parsed = await parseText('joint.csv', [
      HEADER,
      '7,KAZ,FRA,,Ratify the Optional Protocol.,Supported,4,International instruments',
      '7,KAZ,CHL,,ratify the optional  protocol,Noted,4,International instruments',
      '7,KAZ,,DPR Korea,Ratify the Optional Protocol;,Supported,4,International instruments',
      '8,KAZ,FRA,,Ratify the Optional Protocol.,Supported,,Torture',
    ].join('\n'));
    expect(parsed.badRows).toEqual([]);
    expect(parsed.recommendations).toHaveLength(2);
    expect(parsed.recommendations[0]).toMatchObject({ states: ['FRA', 'CHL', 'PRK'], response: 'supported', lines: [2, 3, 4], cycle: 1 });
    expect(parsed.warnings).toEqual(['line 3: the same recommendation as line 2 (session 7, KAZ) has response noted (kept supported)']);
    // "Torture" is UPR Info's document label of an issue; no category given: estimated ("ratify" → 5).
    expect(parsed.recommendations[1]).toMatchObject({ issues: ['Torture and other CID treatment'], actionCategory: 5 });
  });

  it('reports each bad row with its reason', async () => {
    const parsed = await parseText('bad.csv', [
      'cycle,' + HEADER,
      '2,7,KAZ,FRA,,Text one.,Supported,4,',
      '1,7,KAZ,FRA,,Text two.,Perhaps,4,',
      '1,7,KAZ,FRA,,Text three.,Supported,9,',
      '1,7,XYZ,FRA,,Text four.,Supported,4,',
      '1,7,KAZ,,(Unknown),Text five.,Accepted,4,',
      '1,7,KAZ,,,Text six.,Accepted,4,',
    ].join('\n'));
    expect(parsed.badRows).toEqual([
      { line: 2, reason: 'cycle 2 does not match session 7 (cycle 1)' },
      { line: 3, reason: "unknown response 'Perhaps'" },
      { line: 4, reason: "action category must be a number from 1 to 5, not '9'" },
      { line: 5, reason: "unknown State under Review code 'XYZ'" },
      { line: 7, reason: 'the recommending State is missing' },
    ]);
    expect(parsed.recommendations).toEqual([expect.objectContaining({ states: [], response: 'supported', lines: [6] })]);
  });

  it('keys a recommendation by State, session and text, whatever the case, spacing or final stop', () => {
    expect(comparableText('  Ratify   the OP-CAT. ')).toBe('ratify the op-cat');
    expect(dedupeKey('KAZ', 7, 'Ratify the OP-CAT.')).toBe(dedupeKey('KAZ', 7, 'ratify the  op-cat'));
    expect(dedupeKey('KAZ', 7, 'Ratify the OP-CAT.')).not.toBe(dedupeKey('KAZ', 20, 'Ratify the OP-CAT.'));
    expect(dedupeKey('KAZ', 7, 'x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
