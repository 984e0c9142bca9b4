import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

describe('digest configuration', () => {
  it('sends from 07:00 UTC by default, and can be moved or turned off', () => {
    expect(loadConfig({}, {}).digest).toEqual({ hourUtc: 7, disabled: false });
    expect(loadConfig({}, { DIGEST_HOUR_UTC: '0', DIGEST_DISABLED: 'true' }).digest).toEqual({ hourUtc: 0, disabled: true });
    expect(loadConfig({}, { DIGEST_HOUR_UTC: '23', DIGEST_DISABLED: 'false' }).digest).toEqual({ hourUtc: 23, disabled: false });
  });

  it('refuses an hour that is not 0–23 instead of never sending', () => {
    for (const wrong of ['24', '-1', '7.5', 'seven']) {
      expect(() => loadConfig({}, { DIGEST_HOUR_UTC: wrong })).toThrow(/DIGEST_HOUR_UTC must be a whole hour from 0 to 23/);
    }
  });
});
