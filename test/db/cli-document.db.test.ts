import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from '../cli-runner.js';
import { pdfText } from '../../src/server/import/pdf-text.js';
import { campaignFixturePath } from '../fixtures/advocacy-documents.js';

// `upr-advocate document` of DESIGN.md, through the real executable, with a Russian 4-issue campaign file.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-doc-data-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-cli-doc-'));
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

const russianFile = campaignFixturePath('campaign-tjk-ru.json');
const russian = () => JSON.parse(fs.readFileSync(russianFile, 'utf8')) as { state: string; issues: { recommendations: string[] }[] };

const cli = cliIn(dataDir);

function writeFile(name: string, content: unknown): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function expectUserError(result: ReturnType<typeof cli>, message: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

// Each run starts tsx and opens the database (5–10 s on a loaded machine); some tests run it twice.
describe('upr-advocate document', { timeout: 90_000 }, () => {
  it('writes a Russian PDF of one or two pages with the session of the review from the calendar', async () => {
    const out = path.join(work, 'tjk.pdf');
    const { code, stderr, stdout } = cli('document', russianFile, '--format', 'pdf', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\([12] pages?, [\\d,]+ bytes\\)\\n$`));
    const { pages } = await pdfText(fs.readFileSync(out));
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Универсальный периодический обзор: Таджикистан — 53-я сессия, 5 ноября 2026 г.');
    expect(text).toContain('Пытки и жестокое обращение в местах лишения свободы');
  });

  it('writes an editable Word file', async () => {
    const out = path.join(work, 'tjk.docx');
    const { code, stderr } = cli('document', russianFile, '--format', 'docx', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Wrote .*tjk\.docx \(about [12] pages?, [\d,]+ bytes\)\n$/);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Насилие в семье');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:numPr>');
  });

  it('writes standalone HTML, in English names with --lang en', () => {
    const out = path.join(work, 'tjk.html');
    const { code, stderr } = cli('document', russianFile, '--format', 'html', '--lang', 'en', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Wrote .*tjk\.html \([\d,]+ bytes\)\n$/);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('Universal Periodic Review of Tajikistan — 53rd session, 5 November 2026');
    expect(html).not.toContain('<script');
  });

  it('refuses a fifth key issue, naming the rule', () => {
    const file = russian();
    const path5 = writeFile('five.json', { ...file, issues: [...file.issues, file.issues[0]] });
    expectUserError(cli('document', path5, '--format', 'pdf', '--out', path.join(work, 'x.pdf')), /issues: The document has 5 key issues; the strategy allows at most 4/);
    expect(fs.existsSync(path.join(work, 'x.pdf'))).toBe(false);
  });

  it('refuses an issue without a recommendation and one with three, naming the issue', () => {
    const file = russian();
    const none = writeFile('none.json', { ...file, issues: file.issues.map((i, n) => (n === 2 ? { ...i, recommendations: [] } : i)) });
    expectUserError(cli('document', none, '--format', 'html', '--out', path.join(work, 'x.html')), /issues\[2\]\.recommendations: Issue 3 has no recommendation; give it 1 or 2/);
    const three = writeFile('three.json', { ...file, issues: file.issues.map((i, n) => (n === 1 ? { ...i, recommendations: ['Один.', 'Два.', 'Три.'] } : i)) });
    expectUserError(cli('document', three, '--format', 'html', '--out', path.join(work, 'x.html')), /issues\[1\]\.recommendations: Issue 2 has 3 recommendations; keep at most 2/);
  });

  it('refuses invalid JSON with the line and column, and schema errors with the JSON path', () => {
    const broken = writeFile('broken.json', '{\n  "format": "upr-advocate/campaign@1",\n  "state": "TJK"\n  "language": "ru"\n}\n');
    expectUserError(cli('document', broken, '--format', 'pdf', '--out', path.join(work, 'x.pdf')), /broken\.json is not valid JSON: .* at line 4, column 3/);
    const file = russian();
    const wrong = writeFile('wrong.json', { ...file, reviewDate: '2026-02-30', issues: file.issues.map((i, n) => (n === 2 ? { ...i, recommendations: 'Ратифицировать' } : i)) });
    expectUserError(cli('document', wrong, '--format', 'pdf', '--out', path.join(work, 'x.pdf')), /reviewDate: not a real date.*; issues\[2\]\.recommendations: /);
  });

  it('refuses an unknown State and a missing file', () => {
    const unknown = writeFile('unknown.json', { ...russian(), state: 'TJX' });
    expectUserError(cli('document', unknown, '--format', 'pdf', '--out', path.join(work, 'x.pdf')), /"TJX" is not a UN member or observer State code\. Did you mean TJK/);
    expectUserError(cli('document', path.join(work, 'missing.json'), '--format', 'pdf', '--out', path.join(work, 'x.pdf')), /cannot read .*missing\.json: no such file/);
  });
});
