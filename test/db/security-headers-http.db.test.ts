/**
 * Every answer of the real HTTP server (@hono/node-server, as `npm start` runs it) carries the
 * security headers: JSON through the context, files returned as Responses of their own, the
 * sign-in gateway's answers, errors. In-process tests call the Hono app directly and would not
 * see a header lost between Hono's Response and node-server's writing of it.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../db-helpers.js';
import { ADMIN, setUpInstance } from '../http-client.js';

describe('security headers over real HTTP', () => {
  let server: TestServer;
  let origin: string;
  let close: () => void;
  let cookie = '';
  let campaignId = '';

  beforeAll(async () => {
    server = await createTestServer('sqlite');
    const admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20', name: 'Kazakhstan 2027' })).body.id;
    const listener = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => listener.once('listening', resolve));
    origin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    close = () => listener.close();
    const signIn = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    expect(signIn.status).toBe(200);
    expectSecurityHeaders(signIn.headers, 'sign-in');
    cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  });
  afterAll(async () => {
    close();
    await server.dispose();
  });

  function expectSecurityHeaders(headers: Headers, what: string, noStore = true) {
    expect([what, headers.get('content-security-policy')]).toEqual([what, expect.stringContaining("frame-ancestors 'none'")]);
    expect([what, headers.get('x-content-type-options')]).toEqual([what, 'nosniff']);
    expect([what, headers.get('referrer-policy')]).toEqual([what, 'no-referrer']);
    expect([what, headers.get('x-frame-options')]).toEqual([what, 'DENY']);
    expect([what, headers.get('cross-origin-opener-policy')]).toEqual([what, 'same-origin']);
    expect([what, headers.get('permissions-policy')]).toEqual([what, expect.stringContaining('camera=()')]);
    if (noStore) expect([what, headers.get('cache-control')]).toEqual([what, 'no-store']);
  }

  it('are on JSON answers, downloaded files, errors and pages', async () => {
    const get = (path: string) => fetch(`${origin}${path}`, { headers: { cookie, origin } });
    const cases: [string, number, boolean][] = [
      ['/api/health', 200, true],
      ['/api/dashboard', 200, true],
      [`/api/campaigns/${campaignId}/plan.ics?lang=en`, 200, true],
      [`/api/campaigns/${campaignId}/campaign-file`, 200, true],
      [`/api/campaigns/${campaignId}/document/docx`, 400, true], // refused: no key issue yet
      ['/api/campaigns/no-such-campaign', 404, true],
      ['/feeds/not-a-token.ics', 404, true],
      ['/some/page', 200, false],
    ];
    for (const [path, status, noStore] of cases) {
      const response = await get(path);
      await response.arrayBuffer();
      expect([path, response.status]).toEqual([path, path === '/some/page' ? response.status : status]);
      expectSecurityHeaders(response.headers, path, noStore);
    }
    const unsigned = await fetch(`${origin}/api/dashboard`);
    expect(unsigned.status).toBe(401);
    expectSecurityHeaders(unsigned.headers, 'no session');
  });
});
