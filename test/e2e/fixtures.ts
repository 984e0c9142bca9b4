/**
 * Every e2e spec imports `test` and `expect` from here. An automatic fixture watches the whole
 * browser context of each test — pages, iframes, workers — and fails the test, naming the URLs,
 * when the browser asked for anything at another origin than the app's, or when the
 * Content-Security-Policy refused a load (a refusal means the page tried). DESIGN.md promises
 * that no request ever leaves for a third party: our users may be watched by their government.
 */
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Worker } from '@playwright/test';
import { CSP_VIOLATION_TAG, guardProblems, isRefusalMessage } from './origin-guard.js';

export { expect };

export interface ContextWatch {
  /** Offences seen so far, one line each (empty when all is well). */
  problems(): string[];
}

/**
 * Record every request and every refusal of `context` from now on. Exported so that the guard's
 * own spec (origin-guard.spec.ts) can watch a context of its own and see the guard catch things.
 */
export async function watchContext(context: BrowserContext, ownOrigin: string): Promise<ContextWatch> {
  const requests: string[] = [];
  const refusals: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (isRefusalMessage(message.text())) refusals.push(message.text());
  };
  const watchWorker = (worker: Worker) => worker.on('console', onConsole);
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', onConsole);
  context.on('serviceworker', watchWorker);
  context.on('page', (page) => page.on('worker', watchWorker));
  for (const page of context.pages()) page.on('worker', watchWorker);
  // Chromium logs refusals itself; the event also catches what a frame or an extension of the
  // console wording would hide. The listener is added by Playwright, outside the page's CSP.
  await context.addInitScript((tag: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${tag} ${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  }, CSP_VIOLATION_TAG);
  return { problems: () => guardProblems({ requests, refusals }, ownOrigin) };
}

export const test = base.extend<{ originGuard: ContextWatch }>({
  originGuard: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL: the guard compares origins with it');
      const watch = await watchContext(context, baseURL);
      await use(watch);
      expect(watch.problems(), 'the browser must ask nothing of another origin, and the CSP must refuse nothing').toEqual([]);
    },
    { auto: true },
  ],
});
