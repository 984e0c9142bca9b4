import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/server/import/pdf-text.js';
import { EVIDENCE, ISSUES, MIDTERM_TODAY, REVIEW, seedMonitoredCampaign, type MonitoredCampaign } from '../after-review-factory.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { ORIGIN, setUpInstance, type TestClient } from '../http-client.js';

/** The answer as bytes (the test client decodes bodies as text, which breaks DOCX and PDF). */
async function download(server: TestServer, client: TestClient, url: string) {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  const response = await server.app.request(`${ORIGIN}${url}`, {
    headers: { origin: ORIGIN, host: 'localhost:8080', cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  // The words of the document, runs joined: Word splits a paragraph into runs at every style change.
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

const flat = async (bytes: Uint8Array) => (await pdfText(bytes)).pages.join(' ').replace(/\s+/g, ' ');

describe.each(ENGINES)('mid-term report and update letters (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let seeded: MonitoredCampaign;
  const url = (path: string) => `/api/campaigns/${seeded.campaignId}/${path}`;

  beforeEach(async () => {
    server = await createTestServer(engine, { today: MIDTERM_TODAY });
    admin = await setUpInstance(server, 'Slovenian Human Rights Network');
    seeded = await seedMonitoredCampaign(server, admin);
  });
  afterEach(async () => server.dispose());

  it('writes the DOCX in the campaign’s language (Russian) with the issue titles, statuses, ministry and dated evidence with sources', async () => {
    const file = await download(server, admin, url('midterm-report.docx'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="midterm-report-SVN-${REVIEW}.docx"`);
    const text = await documentXml(file.bytes);
    for (const expected of [
      'Словенская правозащитная сеть',
      'Промежуточный доклад о выполнении рекомендаций УПО',
      'Универсальный периодический обзор: Словения — 4-й цикл, 48-я сессия, обзор 28 января 2025 г. (A/HRC/59/15)',
      'Дата доклада: 1 марта 2027 г.',
      ISSUES.ombudsman.title,
      ISSUES.roma.title,
      'Рекомендация 140.18',
      'Рекомендовали: Алжир',
      'Статус: в процессе',
      'Ответственный орган: Министерство юстиции',
      `10 июня 2026 г.: ${EVIDENCE.text} (${EVIDENCE.source})`,
      '1 сентября 2025 г.: Статус изменён: «в процессе».',
      'Рекомендации, не получившие поддержки',
      'Ответ государства: принята к сведению',
      ISSUES.erased.title,
    ]) {
      expect(text).toContain(expected);
    }
    // The recommendation tied to no key issue is reported under its own heading; the one not followed is absent.
    expect(text).toContain('Другие рекомендации, за которыми мы следим');
    expect(text).toContain('Рекомендовали: Казахстан, Алжир');
    expect(text).not.toContain('140.221');
    // Chronological: the draft of May 2025 before the law of June 2026.
    expect(text.indexOf('20 мая 2025 г.')).toBeLessThan(text.indexOf('10 июня 2026 г.'));
  });

  it('writes the PDF in English on request, Cyrillic titles and evidence readable as text', async () => {
    const file = await download(server, admin, url('midterm-report.pdf?lang=en'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const text = await flat(file.bytes);
    for (const expected of [
      'Mid-term report on the implementation of UPR recommendations',
      'Universal Periodic Review of Slovenia',
      'Summary by key issue',
      ISSUES.ombudsman.title,
      ISSUES.roma.title,
      'Recommended by: Algeria',
      'Status: in progress',
      EVIDENCE.text,
      EVIDENCE.source,
      'Recommendations that were not supported',
    ]) {
      expect(text).toContain(expected);
    }
    const russian = await flat((await download(server, admin, url('midterm-report.pdf'))).bytes);
    expect(russian).toContain('Промежуточный доклад о выполнении рекомендаций УПО');
    expect(russian).toContain(ISSUES.ombudsman.title);
  });

  it('serves a printable HTML page, escaped and without script, inline', async () => {
    await admin.put(`/api/campaigns/${seeded.campaignId}/key-issues/${seeded.issueIds.roma}`, {
      title: 'Roma <script>alert(1)</script> & "rights"',
      recommendations: [ISSUES.roma.ask],
    });
    const page = await admin.get(url('midterm-report.html?lang=en'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-disposition')).toBe(`inline; filename="midterm-report-SVN-${REVIEW}.html"`);
    expect(page.text).toContain('<html lang="en-GB">');
    expect(page.text).toContain('Roma &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;rights&quot;');
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).not.toMatch(/\b(src|href)=/);
    expect(page.text).toContain(`<td>${ISSUES.ombudsman.title}</td>`);
  });

  it('writes one update letter per recommending State, to the holder of the embassy post when known', async () => {
    const file = await download(server, admin, url('update-letters.docx'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="update-letters-SVN-${REVIEW}.docx"`);
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    const text = await documentXml(file.bytes);
    // Algeria (140.18, 140.19), Cyprus (140.220) and Kazakhstan (140.19): three letters, three pages.
    expect(xml.match(/<w:pageBreakBefore\/>/g) ?? []).toHaveLength(2);
    expect(text.indexOf('Посольство государства Алжир')).toBeLessThan(text.indexOf('Посольство государства Казахстан'));
    expect(text).toContain('Karim Benali, UPR focal point');
    expect(text).toContain('Уважаемый(-ая) Karim Benali!');
    expect(text).toContain('Уважаемые коллеги!');
    expect(text).toContain(`Последние изменения (10 июня 2026 г.): ${EVIDENCE.text} Источник: ${EVIDENCE.source}.`);
    expect(text).toContain('Статус: в процессе (ответственный орган: Министерство юстиции).');
    // Ireland made only a noted recommendation: no monitored one, no letter.
    expect(text).not.toContain('Ирландия');

    const html = await admin.get(url('update-letters.html?lang=en'));
    expect(html.status).toBe(200);
    expect(html.text.match(/<article class="letter"/g)).toHaveLength(3);
    expect(html.text).toContain('Dear Karim Benali,');
    expect(html.text).toContain('Embassy of Algeria');
    expect(html.text).toContain('Ljubljana');
    expect(html.text).not.toMatch(/<script/i);
  });

  it('refuses, with the reason, while there is no outcome or nothing is monitored; unknown formats are 404', async () => {
    const fresh = (await admin.post('/api/campaigns', { stateIso3: 'SVN', reviewDate: REVIEW, name: 'Empty' })).body.id;
    const noOutcome = await admin.get(`/api/campaigns/${fresh}/midterm-report.pdf`);
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body.error.details.issues).toEqual([{ path: 'outcome', message: 'no-outcome' }]);
    await admin.put(`/api/campaigns/${fresh}/outcome`, {
      documentSymbol: 'A/HRC/59/15',
      recommendations: [{ paragraph: '140.1', text: 'Ratify OPCAT (Chile);', recommendingStates: ['CHL'], response: 'supported' }],
    });
    const nothing = await admin.get(`/api/campaigns/${fresh}/update-letters.docx`);
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.details.issues).toEqual([{ path: 'monitoring', message: 'nothing-monitored' }]);
    expect((await admin.get(url('midterm-report.odt'))).status).toBe(404);
    expect((await admin.get(url('update-letters.pdf'))).status).toBe(404);
  });

  it('lets a viewer download, and answers another organisation exactly as for a missing campaign', async () => {
    const viewer = (await inviteAndAccept(server, admin, VIEWER, 'viewer')).client;
    expect((await download(server, viewer, url('midterm-report.docx'))).status).toBe(200);
    expect((await viewer.get(url('update-letters.html'))).status).toBe(200);
    const other = (await createOrganisation(server, 'Other NGO', OTHER_ADMIN)).client;
    for (const path of ['midterm-report.pdf', 'midterm-report.html', 'update-letters.docx']) {
      const theirs = await other.get(url(path));
      const missing = await other.get(`/api/campaigns/${crypto.randomUUID()}/${path}`);
      expect(theirs.status, path).toBe(404);
      expect(theirs.text, path).toBe(missing.text);
    }
  });
});
