import { expect, test, watchContext } from './fixtures.js';

// The guard of fixtures.ts, proved in real Chromium against the real server: on a context of its
// own (so that this test's own guard stays clean), it sees a navigation to another origin, an
// image and a fetch the CSP refuses, and lets a data: image through. Port 9 (discard) answers
// nothing, so no packet leaves this machine.
const ELSEWHERE = 'http://127.0.0.1:9';

test('the origin guard catches requests to another origin and loads the CSP refuses', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const watch = await watchContext(context, baseURL ?? '');
  const page = await context.newPage();

  await page.goto('/api/health');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(img);
  });
  await page.waitForLoadState('networkidle');
  expect(watch.problems()).toEqual([]);

  await page.evaluate((elsewhere) => {
    const img = document.createElement('img');
    img.src = `${elsewhere}/pixel.gif`;
    document.body.append(img);
    void fetch(`${elsewhere}/beacon`).catch(() => undefined);
  }, ELSEWHERE);
  // Chromium reports the refused image as a request too; each refusal must be named.
  const refused = (url: string) => watch.problems().some((p) => p.startsWith('refused by the browser: ') && p.includes(url));
  await expect.poll(() => refused(`${ELSEWHERE}/pixel.gif`)).toBe(true);
  await expect.poll(() => refused(`${ELSEWHERE}/beacon`)).toBe(true);

  await page.goto(`${ELSEWHERE}/`).catch(() => undefined);
  expect(watch.problems()).toContain(`request to another origin: ${ELSEWHERE}/`);
  await context.close();
});

// The automatic fixture of every test: this one only asks another origin, so the fixture must
// fail it when the test ends. Marked as failing, it is green only when the fixture does fail it.
test('the automatic guard fails a test whose page asked another origin', async ({ page }) => {
  test.fail();
  await page.goto(`${ELSEWHERE}/`).catch(() => undefined);
});
