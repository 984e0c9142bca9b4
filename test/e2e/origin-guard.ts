/**
 * The judgement behind the "no request leaves for another origin" guard of the e2e fixture
 * (fixtures.ts), kept free of Playwright so that a unit test can prove it fails when it should
 * (test/unit/origin-guard.test.ts). Our users may be watched by their own government: a page that
 * loads a font, a script or a pixel from a third party tells that party who is working on what.
 */

/** Schemes whose "request" never leaves the browser: inline data and objects the page made itself. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

/**
 * True when the browser asked for `url` somewhere other than `ownOrigin` (the app's origin,
 * e.g. `http://localhost:4199`). The origin is compared exactly: another port, another scheme or
 * another name of the same machine (127.0.0.1 for localhost) is another origin to a browser.
 * A URL that cannot be parsed counts as foreign: we cannot prove it stayed home.
 */
export function isForeignRequest(url: string, ownOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.origin !== new URL(ownOrigin).origin;
}

/** Chromium's console wording when the Content-Security-Policy (or a frame rule) refuses something. */
const REFUSAL = /^Refused to (load|execute|connect|frame|display|apply|create|evaluate|run|send|compile|navigate)\b/i;
/** What the fixture's own `securitypolicyviolation` listener logs (see fixtures.ts). */
export const CSP_VIOLATION_TAG = '[csp-violation]';

/** True when a console message says the browser refused to load or run something. */
export function isRefusalMessage(text: string): boolean {
  const trimmed = text.trim();
  return (
    REFUSAL.test(trimmed) || trimmed.startsWith(CSP_VIOLATION_TAG) || /Content[- ]Security[- ]Policy|ERR_BLOCKED_BY_CSP/i.test(trimmed)
  );
}

export interface GuardRecord {
  /** Every URL the browser context requested, in order. */
  requests: readonly string[];
  /** Console messages (and policy-violation events) about a refused load, as recorded. */
  refusals: readonly string[];
}

/** One line per offence, foreign URLs first (each once), then refusals: empty when all is well. */
export function guardProblems(record: GuardRecord, ownOrigin: string): string[] {
  const foreign = [...new Set(record.requests.filter((url) => isForeignRequest(url, ownOrigin)))];
  return [
    ...foreign.map((url) => `request to another origin: ${url}`),
    ...[...new Set(record.refusals)].map((text) => `refused by the browser: ${text}`),
  ];
}
