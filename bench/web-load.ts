/**
 * The web app as a browser gets it, from a build made by this run (bench/start-up.ts):
 *   initial JavaScript — the entry chunk of index.html plus everything it loads before running:
 *     its <link rel="modulepreload"> chunks and, followed through the built files, their static
 *     `import … from "./x.js"` (dynamic import() of the lazy pages excluded); gzip (zlib, level 9
 *     as a server would precompress) and raw; goal under 250 KB gzip;
 *   first usable campaign page — headless Chromium (/usr/bin/chromium) on loopback against a
 *     real server (bench/lib/serve-schema.ts on SQLite serving that build), a signed-in member
 *     opening a campaign's link in a fresh browser context (cold cache), until the campaign's
 *     heading and its stage list are visible; median and best of BENCH_WEB_RUNS (5);
 *     baseline in the same run: the same cold open of the sign-in page until its form shows;
 *     and the whole journey: the sign-in page (cold), the form filled and sent, then the campaign;
 *   requests to another origin during all of it (fonts, analytics, CDNs): goal 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, round, type Figures } from './lib/figures.js';
import { BENCH_ADMIN, HttpSession } from './lib/http-session.js';
import { BENCH_SETUP_CODE } from './lib/instance.js';
import { startServer } from './lib/server-process.js';

export const INITIAL_JS_TARGET_KB = 250;
const webRuns = () => Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 5));
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The JavaScript files loaded before the app runs, relative to the build folder. */
export function initialScripts(webDir: string): string[] {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const found = new Set<string>();
  const queue = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (found.has(file)) continue;
    found.add(file);
    const code = fs.readFileSync(path.join(webDir, file), 'utf8');
    // Static imports only: `import{a}from"./x.js"`, `import"./x.js"` (not `import("./x.js")`).
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)));
    }
  }
  return [...found];
}

function initialJsFigures(webDir: string): Figures {
  const files = initialScripts(webDir);
  const bytes = files.map((f) => fs.readFileSync(path.join(webDir, f)));
  const raw = bytes.reduce((sum, b) => sum + b.length, 0);
  const gzip = bytes.reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0);
  const all = fs.readdirSync(path.join(webDir, 'assets')).filter((f) => f.endsWith('.js'));
  const allGzip = all.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(webDir, 'assets', f)), { level: 9 }).length, 0);
  const kb = (n: number) => round(n / 1024, 1);
  return {
    'web.initialJs.gzip': {
      value: kb(gzip),
      unit: 'KB',
      target: INITIAL_JS_TARGET_KB,
      note: `entry chunk + its static imports (${files.length} files), gzip level 9`,
    },
    'web.initialJs.raw': { value: kb(raw), unit: 'KB', note: 'the same, uncompressed' },
    'web.allJs.gzip': {
      value: kb(allGzip),
      unit: 'KB',
      note: `baseline: every JavaScript file of the build (${all.length}, lazy pages included), gzip level 9`,
    },
  };
}

/** Milliseconds from navigating to `url` in a fresh context (cold cache) until `ready` resolves. */
async function coldOpen(
  browser: Browser,
  state: Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['storageState']>> | undefined,
  url: string,
  ready: (page: Page) => Promise<void>,
  onRequest: (url: string) => void,
): Promise<number> {
  const context = await browser.newContext(state ? { storageState: state } : {});
  try {
    const page = await context.newPage();
    page.on('request', (r) => onRequest(r.url()));
    const began = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    return performance.now() - began;
  } finally {
    await context.close();
  }
}

export async function measureWeb(webDir: string): Promise<Figures> {
  const figures = initialJsFigures(webDir);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-bench-webdata-'));
  const { DATABASE_URL: _url, BENCH_PG_SCHEMA: _schema, ...env } = process.env;
  const server = await startServer(['bench/lib/serve-schema.ts', '--data', dataDir], {
    ...env,
    BENCH_WEB_DIR: webDir,
    UPR_SETUP_CODE: BENCH_SETUP_CODE,
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const api = new HttpSession(fetch, server.origin);
    await api.setUp(BENCH_SETUP_CODE);
    const campaign = JSON.parse(
      (await api.request('POST', '/api/campaigns', { stateIso3: 'KAZ', reviewDate: '2027-06-20', name: 'Kazakhstan 2027' })).text,
    ) as { id: string; name: string };
    const signIn = await browser.newContext();
    const answer = await signIn.request.post(`${server.origin}/api/auth/sign-in/email`, {
      data: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password },
      headers: { origin: server.origin },
    });
    if (!answer.ok()) throw new Error(`sign-in in the browser failed: ${answer.status()}`);
    const state = await signIn.storageState();
    await signIn.close();

    const foreign = new Set<string>();
    const onRequest = (url: string) => {
      if (/^https?:/.test(url) && new URL(url).origin !== server.origin) foreign.add(new URL(url).origin);
    };
    const campaignReady = async (page: Page) => {
      await page.getByRole('heading', { level: 1, name: campaign.name }).waitFor({ state: 'visible', timeout: 60_000 });
      await page.locator('section[aria-labelledby="stages-title"] a').first().waitFor({ state: 'visible', timeout: 60_000 });
    };
    const loginReady = async (page: Page) => {
      await page.locator('input[type="password"]').waitFor({ state: 'visible', timeout: 60_000 });
    };
    const journey = async (page: Page) => {
      await loginReady(page);
      await page.getByLabel('E-mail').fill(BENCH_ADMIN.email);
      await page.getByLabel(/^Password/).fill(BENCH_ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 60_000 });
      await page.goto(`${server.origin}/campaigns/${campaign.id}`, { waitUntil: 'commit' });
      await campaignReady(page);
    };
    const campaignTimes: number[] = [];
    const loginTimes: number[] = [];
    const journeyTimes: number[] = [];
    for (let i = 0; i < webRuns(); i++) {
      campaignTimes.push(await coldOpen(browser, state, `${server.origin}/campaigns/${campaign.id}`, campaignReady, onRequest));
      loginTimes.push(await coldOpen(browser, undefined, `${server.origin}/login`, loginReady, onRequest));
      journeyTimes.push(await coldOpen(browser, undefined, `${server.origin}/login`, journey, onRequest));
    }
    const n = campaignTimes.length;
    return {
      ...figures,
      'web.campaignPage.firstUsable': {
        value: round(median(campaignTimes), 0),
        unit: 'ms',
        note: `signed in, cold cache: open a campaign's link until its heading and stage list show, median of ${n}`,
      },
      'web.campaignPage.firstUsableBest': { value: round(Math.min(...campaignTimes), 0), unit: 'ms', note: `the same, best of ${n}` },
      'web.loginPage.firstUsable': {
        value: round(median(loginTimes), 0),
        unit: 'ms',
        note: `baseline: cold open of the sign-in page until its form shows, median of ${n}`,
      },
      'web.signInToCampaign': {
        value: round(median(journeyTimes), 0),
        unit: 'ms',
        note: `cold cache: the sign-in page, the form filled and sent (argon2id check), then the campaign until usable, median of ${n}`,
      },
      'web.campaignOverLogin': {
        value: round(median(campaignTimes) / median(loginTimes), 2),
        unit: '×',
        note: 'campaign page ÷ sign-in page (the API calls and rendering of a campaign on top of loading the app)',
      },
      'web.foreignOrigins': {
        value: foreign.size,
        unit: 'origins',
        target: 0,
        note: foreign.size
          ? `requests to another origin: ${[...foreign].join(', ')}`
          : 'requests to another origin than the server during all of it',
      },
    };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
