import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as passwords from '../../src/server/auth/passwords.js';
import { createTestServer, ENGINES, type TestServer } from '../db-helpers.js';
import { EDITOR, inviteAndAccept } from '../factories.js';
import { ADMIN, setUpInstance, TestClient } from '../http-client.js';

// Count the argon2 work of each sign-in (no timing is measured: only that it is the same work).
vi.mock('../../src/server/auth/passwords.js', async (original) => {
  const real = await original<typeof import('../../src/server/auth/passwords.js')>();
  return { ...real, hashPassword: vi.fn(real.hashPassword), verifyPassword: vi.fn(real.verifyPassword) };
});

const WRONG = 'not the password 1';

describe.each(ENGINES)('sign-in throttling (%s)', (engine) => {
  let server: TestServer;
  let admin: TestClient;
  let ips = 0;
  const from = (ip?: string) => new TestClient(server, ip ?? `203.0.113.${++ips}`);

  beforeEach(async () => {
    server = await createTestServer(engine);
    admin = await setUpInstance(server);
  });
  afterEach(async () => server.dispose());

  /** The owner's laptop: a browser that has signed in completely, so it carries a device cookie. */
  async function knownDevice(ip = '192.0.2.10', person = ADMIN): Promise<TestClient> {
    const laptop = from(ip);
    expect((await laptop.signIn(person.email, person.password)).status).toBe(200);
    expect(laptop.cookie('upr_device')).toMatch(/^[\w-]+\.[\w-]+$/);
    await laptop.signOut();
    return laptop;
  }

  /** `count` wrong passwords for `email`, each from a new address and a new browser. */
  async function guessFromEverywhere(email: string, count = 10) {
    for (let i = 0; i < count; i++) expect((await from().signIn(email, WRONG)).status).toBe(401);
  }

  it('answers an unknown user and a wrong password identically, after the same password work', async () => {
    const hash = vi.mocked(passwords.hashPassword);
    const verify = vi.mocked(passwords.verifyPassword);
    hash.mockClear();
    verify.mockClear();
    const wrongPassword = await from().signIn(ADMIN.email, WRONG);
    const work = { hash: hash.mock.calls.length, verify: verify.mock.calls.length };
    const unknownUser = await from().signIn('nobody@example.org', WRONG);
    const unknownWork = { hash: hash.mock.calls.length - work.hash, verify: verify.mock.calls.length - work.verify };
    expect(wrongPassword.status).toBe(401);
    expect([unknownUser.status, unknownUser.body]).toEqual([wrongPassword.status, wrongPassword.body]);
    // One argon2 computation each: a verify of the real hash, a hash of the typed password for nobody.
    expect(work).toEqual({ hash: 0, verify: 1 });
    expect(unknownWork).toEqual({ hash: 1, verify: 0 });
    expect([...wrongPassword.headers.keys()].sort()).toEqual([...unknownUser.headers.keys()].sort());
  });

  it('after 10 failures from unknown devices refuses the account anywhere new, even with the right password', async () => {
    await guessFromEverywhere(ADMIN.email);
    const stranger = from();
    const refused = await stranger.signIn(ADMIN.email, ADMIN.password);
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate-limited']);
    expect(stranger.hasSession()).toBe(false);
    // Other accounts are not affected.
    await inviteAndAccept(server, admin, EDITOR, 'editor');
    expect((await from().signIn(EDITOR.email, EDITOR.password)).status).toBe(200);
  });

  it("lets the owner's known device in while strangers are locked out of the account", async () => {
    const laptop = await knownDevice();
    await guessFromEverywhere(ADMIN.email);
    expect((await from().signIn(ADMIN.email, ADMIN.password)).status).toBe(429);
    const back = await laptop.signIn(ADMIN.email, ADMIN.password);
    expect(back.status).toBe(200);
    expect((await laptop.get('/api/me')).status).toBe(200);
    // A forged or copied-for-another-account cookie is an unknown device.
    const forger = from();
    forger.setCookie('upr_device', `${laptop.cookie('upr_device')!.split('.')[0]}.AAAA`);
    expect((await forger.signIn(ADMIN.email, ADMIN.password)).status).toBe(429);
  });

  it('makes the browser that set up the instance or accepted an invitation a known device at once', async () => {
    const { client: editor } = await inviteAndAccept(server, admin, EDITOR, 'editor');
    await guessFromEverywhere(ADMIN.email);
    await guessFromEverywhere(EDITOR.email);
    for (const [client, person] of [[admin, ADMIN], [editor, EDITOR]] as const) {
      expect(client.cookie('upr_device')).toBeTruthy();
      await client.signOut();
      expect((await client.signIn(person.email, person.password)).status).toBe(200);
    }
  });

  it("gives a known device its own budget: its failures lock that device only", async () => {
    const laptop = await knownDevice();
    const cookie = laptop.cookie('upr_device');
    for (let i = 0; i < 10; i++) {
      const sameDevice = from();
      sameDevice.setCookie('upr_device', cookie);
      expect((await sameDevice.signIn(ADMIN.email, WRONG)).status).toBe(401);
    }
    expect((await laptop.signIn(ADMIN.email, ADMIN.password)).status).toBe(429);
    // Failures with a device cookie do not count against unknown devices.
    expect((await from().signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('limits one address to 10 failures for everybody, known devices included', async () => {
    const laptop = await knownDevice('192.0.2.50');
    for (let i = 0; i < 10; i++) expect((await from('192.0.2.50').signIn(`guess${i}@example.org`, WRONG)).status).toBe(401);
    const blocked = await laptop.signIn(ADMIN.email, ADMIN.password);
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'rate-limited']);
    expect((await from('192.0.2.51').signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('throttles an unknown e-mail exactly like a known one, and forgets failures after 15 minutes', async () => {
    await guessFromEverywhere('nobody@example.org');
    await guessFromEverywhere(ADMIN.email);
    const unknown = await from().signIn('nobody@example.org', WRONG);
    const known = await from().signIn(ADMIN.email, WRONG);
    expect(unknown.status).toBe(429);
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    server.clock.set('2026-11-28');
    expect((await from().signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('counts the e-mail as better-auth reads it (capitals do not make another account)', async () => {
    for (let i = 0; i < 10; i++) expect((await from().signIn(i % 2 ? ADMIN.email.toUpperCase() : 'Aigerim@Example.org', WRONG)).status).toBe(401);
    expect((await from().signIn(ADMIN.email, ADMIN.password)).status).toBe(429);
  });
});
