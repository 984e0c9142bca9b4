import { describe, expect, it } from 'vitest';
import { CSP_VIOLATION_TAG, guardProblems, isForeignRequest, isRefusalMessage } from '../e2e/origin-guard.js';

// The e2e fixture (test/e2e/fixtures.ts) fails a test on these judgements; here they are proved
// to fail on what they must catch, and to let through only what stays in the browser or at home.
const OWN = 'http://localhost:4199';

describe('isForeignRequest', () => {
  it.each([
    'http://localhost:4199/',
    'http://localhost:4199/assets/index-BeDgo_Hc.js',
    'http://localhost:4199/api/campaigns?x=https://cdn.example.com/',
    'http://LOCALHOST:4199/favicon.svg',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'data:font/woff2;base64,AAAA',
    'blob:http://localhost:4199/0b3c6a5e-7f43-4d8e-9d39-3f1c1c0a8b11',
  ])('lets %s through', (url) => {
    expect(isForeignRequest(url, OWN)).toBe(false);
  });

  it.each([
    ['a CDN font', 'https://fonts.googleapis.com/css2?family=Roboto'],
    ['another port', 'http://localhost:4200/api/health'],
    ['another scheme', 'https://localhost:4199/'],
    ['another name of the same machine', 'http://127.0.0.1:4199/'],
    ['a look-alike host', 'http://localhost.evil.example:4199/'],
    ['a protocol-relative tracker', 'https://tracker.example/pixel.gif'],
    ['a WebSocket elsewhere', 'wss://socket.example/'],
    ['an unparsable URL', 'not a url'],
  ])('flags %s', (_, url) => {
    expect(isForeignRequest(url, OWN)).toBe(true);
  });

  it('takes the own origin from a base URL with a path', () => {
    expect(isForeignRequest('http://localhost:4199/x', 'http://localhost:4199/some/base/')).toBe(false);
  });
});

describe('isRefusalMessage', () => {
  it.each([
    "Refused to load the image 'https://tracker.example/p.gif' because it violates the following Content Security Policy directive: \"img-src 'self' data:\".",
    'Refused to execute inline event handler because it violates the following Content Security Policy directive: "script-src \'self\'".',
    "Refused to connect to 'http://127.0.0.1:9/' because it violates the following Content Security Policy directive: \"connect-src 'self'\".",
    "Refused to frame 'https://evil.example/' because it violates the following Content Security Policy directive: \"default-src 'self'\".",
    `${CSP_VIOLATION_TAG} img-src https://tracker.example/p.gif`,
    'Failed to load resource: net::ERR_BLOCKED_BY_CSP',
    // Chromium 156's wording, as seen by origin-guard.spec.ts.
    `Loading the image 'http://127.0.0.1:9/pixel.gif' violates the following Content Security Policy directive: "img-src 'self' data:". The action has been blocked.`,
    "Fetch API cannot load http://127.0.0.1:9/beacon. Refused to connect because it violates the document's Content Security Policy.",
  ])('recognises %s', (text) => {
    expect(isRefusalMessage(text)).toBe(true);
  });

  it.each([
    'Download the React DevTools for a better development experience',
    'Failed to load resource: the server responded with a status of 404 ()',
    '',
  ])('ignores %j', (text) => {
    expect(isRefusalMessage(text)).toBe(false);
  });
});

describe('guardProblems', () => {
  it('is empty when every request stayed home and nothing was refused', () => {
    expect(guardProblems({ requests: [`${OWN}/`, `${OWN}/api/me`, 'data:,x'], refusals: [] }, OWN)).toEqual([]);
  });

  it('lists each foreign URL once, then each refusal', () => {
    const problems = guardProblems(
      {
        requests: [`${OWN}/`, 'https://cdn.example/a.js', 'https://cdn.example/a.js', 'http://127.0.0.1:9/'],
        refusals: ['Refused to load the script x', 'Refused to load the script x'],
      },
      OWN,
    );
    expect(problems).toEqual([
      'request to another origin: https://cdn.example/a.js',
      'request to another origin: http://127.0.0.1:9/',
      'refused by the browser: Refused to load the script x',
    ]);
  });
});
