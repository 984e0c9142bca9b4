/**
 * The daily digest against a real SMTP server process on loopback (smtp-server) whose messages
 * are parsed back with mailparser: who gets a mail, in which language, with which follow-ups,
 * once per day — also when two server instances share the database — and a retry after a
 * refused delivery.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SmtpConfig } from '../../src/server/config.js';
import { sendDailyDigests } from '../../src/server/jobs/daily-digest.js';
import { lobbyingTask } from '../after-review-factory.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { createOrganisation, EDITOR, inviteAndAccept, OTHER_ADMIN, VIEWER } from '../factories.js';
import { ADMIN, setUpInstance, type TestClient } from '../http-client.js';

interface MailSink {
  smtp: SmtpConfig;
  messages: ParsedMail[];
  /** Recipients the server refuses (a failing delivery). */
  refuse: Set<string>;
  close(): Promise<void>;
}

async function startMailSink(): Promise<MailSink> {
  const messages: ParsedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refuse.has(address.address) ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : null);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    smtp: { host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'UPR Advocate <digest@example.org>' },
    messages,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const QUIET_ADMIN = { name: 'Quentin Quiet', email: 'quentin@quiet.example.org', password: 'quiet org password' };
const to = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address));
const mailTo = (messages: ParsedMail[], email: string) => messages.filter((m) => to(m).includes(email));

describe.each(ENGINES)('daily digest through SMTP (%s)', (engine) => {
  let sink: MailSink;
  let dataDir: string;
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;
  let franceFollowUp: string;

  /** Logs "document sent" on `date`, which plans the follow-up call 7 days later. */
  const documentSent = async (client: TestClient, campaign: string, iso3: string, kind: string, date: string) => {
    const r = await client.post(`/api/campaigns/${campaign}/outreach/${iso3}/${kind}/interactions`, { kind: 'document-sent', date });
    expect(r.status).toBe(201);
    return r.body.followUp.id as string;
  };

  beforeEach(async () => {
    sink = await startMailSink();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-digest-'));
    server = await createTestServer(engine, { smtp: sink.smtp, dataDir });
    admin = await setUpInstance(server);
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    expect((await editor.put('/api/me/language', { language: 'ru' })).status).toBe(200);
    await inviteAndAccept(server, admin, VIEWER, 'viewer');
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan 2027' })).body.id;
    expect((await admin.post(`/api/campaigns/${campaignId}/targets`, { iso3: ['FRA', 'DEU', 'NOR', 'CHL'] })).status).toBe(200);
    // Today is 2026-11-27: France overdue, Germany due today, Norway in 2 days, Chile next week.
    franceFollowUp = await documentSent(admin, campaignId, 'FRA', 'embassy', '2026-11-13');
    await documentSent(admin, campaignId, 'DEU', 'mission', '2026-11-20');
    await documentSent(admin, campaignId, 'NOR', 'embassy', '2026-11-22');
    await documentSent(admin, campaignId, 'CHL', 'embassy', '2026-11-27');
    // Overdue but done: never in a mail.
    const chileMission = await documentSent(admin, campaignId, 'CHL', 'mission', '2026-11-10');
    expect((await admin.patch(`/api/campaigns/${campaignId}/follow-ups/${chileMission}`, { done: true })).status).toBe(204);

    const other = (await createOrganisation(server, 'Other Rights Group', OTHER_ADMIN)).client;
    const theirs = (await other.post('/api/campaigns', { stateIso3: 'UZB', name: 'Uzbekistan watch' })).body.id;
    expect((await other.post(`/api/campaigns/${theirs}/targets`, { iso3: ['ARG'] })).status).toBe(200);
    await documentSent(other, theirs, 'ARG', 'embassy', '2026-11-01');

    const quiet = (await createOrganisation(server, 'Quiet Group', QUIET_ADMIN, 'viewer')).client;
    expect((await quiet.get('/api/dashboard')).status).toBe(200);
    sink.messages.length = 0; // the invitations went through the sink too
  });

  afterEach(async () => {
    await server.dispose();
    await sink.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends each member with something due one mail in their language, with their organisation only', async () => {
    const summary = await sendDailyDigests(server.deps, { log: () => {} });
    expect(summary).toMatchObject({ date: '2026-11-27', mailerConfigured: true, sent: 4, skipped: 0, failed: 0, nothingDue: 1 });
    expect(sink.messages.flatMap(to).sort()).toEqual([ADMIN.email, EDITOR.email, OTHER_ADMIN.email, VIEWER.email].sort());
    expect(mailTo(sink.messages, QUIET_ADMIN.email)).toEqual([]);

    const [english] = mailTo(sink.messages, ADMIN.email);
    expect(english?.subject).toBe('UPR Advocate — reminders (overdue: 1, due today: 1, due soon: 1)');
    const text = english?.text ?? '';
    expect(text).toContain('Hello Aigerim Admin,');
    expect(text).toContain('== Kazakhstan 2027 ==');
    expect(text).toMatch(/Overdue:\n {2}- France — embassy: follow-up call, due 20 November 2026/);
    expect(text).toMatch(/Due today:\n {2}- Germany — Geneva mission: follow-up call, due 27 November 2026/);
    expect(text).toMatch(/Due in the next 2 days:\n {2}- Norway — embassy: follow-up call, due 29 November 2026/);
    expect(text).toContain(`http://localhost:8080/campaigns/${campaignId}/outreach`);
    for (const absent of ['Chile', 'Argentina', 'Uzbekistan']) expect(text).not.toContain(absent);
    expect(mailTo(sink.messages, VIEWER.email)[0]?.text).toContain('France — embassy');

    const [russian] = mailTo(sink.messages, EDITOR.email);
    expect(russian?.subject).toBe('UPR Advocate — напоминания (просрочено: 1, на сегодня: 1, скоро: 1)');
    expect(russian?.text).toContain('Здравствуйте, Erlan Editor!');
    expect(russian?.text).toMatch(/Просрочено:\n {2}- Франция — посольство: контрольный звонок, срок 20 ноября 2026/);
    expect(russian?.text).toContain('Германия — миссия в Женеве');
    expect(russian?.text).toContain('Срок в ближайшие 2 дня:');
    expect(russian?.text).not.toMatch(/Чили|Аргентина/);

    const [theirs] = mailTo(sink.messages, OTHER_ADMIN.email);
    expect(theirs?.text).toContain('Argentina — embassy: follow-up call, due 8 November 2026');
    expect(theirs?.text).not.toMatch(/France|Germany|Norway|Kazakhstan/);
  });

  it('includes the outcome tasks (lobbying on a noted recommendation) beside the follow-ups', async () => {
    await lobbyingTask(admin, campaignId, '2026-11-28');

    await sendDailyDigests(server.deps, { log: () => {} });
    const [english] = mailTo(sink.messages, ADMIN.email);
    expect(english?.subject).toBe('UPR Advocate — reminders (overdue: 1, due today: 1, due soon: 2)');
    expect(english?.text).toMatch(
      /Due in the next 2 days:\n {2}- Kazakhstan: lobby for recommendation 120\.4 before the Council adopts the outcome, due 28 November 2026\n {2}- Norway/,
    );
    expect(english?.text).toContain(`Open the campaign: http://localhost:8080/campaigns/${campaignId}\n`);
    const [russian] = mailTo(sink.messages, EDITOR.email);
    expect(russian?.text).toContain(
      'Казахстан: добиваться поддержки рекомендации 120.4 до утверждения итогов Советом, срок 28 ноября 2026',
    );
  });

  it('never sends twice a day, even from two server instances at once; the next day it sends again', async () => {
    const twin = await createTestServer(engine, { smtp: sink.smtp, dataDir, pgSchema: server.pgSchema, keepDatabase: true });
    try {
      const [a, b] = await Promise.all([sendDailyDigests(server.deps, { log: () => {} }), sendDailyDigests(twin.deps, { log: () => {} })]);
      expect(a.sent + b.sent).toBe(4);
      expect(a.skipped + b.skipped).toBe(4);
    } finally {
      await twin.dispose();
    }
    expect(sink.messages).toHaveLength(4);
    expect(await sendDailyDigests(server.deps, { log: () => {} })).toMatchObject({ sent: 0, skipped: 4 });
    expect(sink.messages).toHaveLength(4);

    // The call to France is made; the next morning it is gone from the mail, Germany is overdue.
    expect((await admin.patch(`/api/campaigns/${campaignId}/follow-ups/${franceFollowUp}`, { done: true })).status).toBe(204);
    server.clock.set('2026-11-28');
    expect(await sendDailyDigests(server.deps, { log: () => {} })).toMatchObject({ date: '2026-11-28', sent: 4, skipped: 0 });
    const [nextDay] = mailTo(sink.messages.slice(4), ADMIN.email);
    expect(nextDay?.text).not.toContain('France');
    expect(nextDay?.text).toMatch(/Overdue:\n {2}- Germany — Geneva mission/);
    expect(nextDay?.text).toMatch(/Due in the next 2 days:\n {2}- Norway/);
  });

  it('gives the day back when delivery fails, so a later run retries that person only', async () => {
    sink.refuse.add(VIEWER.email);
    const lines: string[] = [];
    expect(await sendDailyDigests(server.deps, { log: (line) => lines.push(line) })).toMatchObject({ sent: 3, failed: 1 });
    expect(lines.join('\n')).toMatch(/not sent, will retry/);
    expect(mailTo(sink.messages, VIEWER.email)).toEqual([]);
    sink.refuse.clear();
    expect(await sendDailyDigests(server.deps, { log: () => {} })).toMatchObject({ sent: 1, skipped: 3, failed: 0 });
    expect(mailTo(sink.messages, VIEWER.email)).toHaveLength(1);
    expect(sink.messages).toHaveLength(4);
  });

  it('sends and records nothing when no SMTP server is configured', async () => {
    const noMail = await createTestServer(engine);
    try {
      const client = await setUpInstance(noMail);
      const id = (await client.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
      await client.post(`/api/campaigns/${id}/targets`, { iso3: ['FRA'] });
      await documentSent(client, id, 'FRA', 'embassy', '2026-11-01');
      expect(await sendDailyDigests(noMail.deps)).toEqual({
        date: '2026-11-27',
        mailerConfigured: false,
        sent: 0,
        skipped: 0,
        failed: 0,
        nothingDue: 0,
      });
      expect(await noMail.deps.db.selectFrom('digest_log').selectAll().execute()).toEqual([]);
    } finally {
      await noMail.dispose();
    }
  });
});
