import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_UPLOAD_BYTES } from '../../src/server/http/security.js';
import { createTestServer, type TestServer } from '../db-helpers.js';
import { setUpInstance, type TestClient } from '../http-client.js';

// A Working Group report PDF is often over 1 MiB: campaign uploads get their own, larger bound.
describe('body limits of campaign uploads (sqlite)', () => {
  let server: TestServer;
  let admin: TestClient;
  let campaignId: string;

  beforeAll(async () => {
    server = await createTestServer('sqlite');
    admin = await setUpInstance(server);
    campaignId = (await admin.post('/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-01-20' })).body.id;
  });
  afterAll(async () => server.dispose());

  const upload = (path: string, bytes: number) =>
    admin.request('POST', `/api/campaigns/${campaignId}/${path}?fileName=report.txt`, '140.1 Ratify the Convention (France);\n'.padEnd(bytes, ' '), {
      'content-type': 'application/octet-stream',
    });

  it('accepts a report larger than the JSON limit', async () => {
    const response = await upload('outcome/preview', MAX_BODY_BYTES * 2);
    expect(response.status).toBe(200);
  });

  it('refuses an upload over the upload limit with 413', async () => {
    const response = await upload('outcome/preview', MAX_UPLOAD_BYTES + 1024);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload-too-large');
  });

  it('keeps the small limit on ordinary JSON routes', async () => {
    const big = { name: 'x'.repeat(MAX_BODY_BYTES + 10) };
    expect((await admin.patch(`/api/campaigns/${campaignId}`, big)).status).toBe(413);
  });
});
