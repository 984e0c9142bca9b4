/**
 * What the XSS sweep checks on every page it opens. The functions passed to page.evaluate run in
 * the page, so they are self-contained (no imports, no closures).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Everything on the page that could run a payload; empty when the page is clean. */
function injectedInPage(): string[] {
  const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'poster',
    'background',
    'ping',
    'cite',
    'srcset',
  ]);
  const problems: string[] = [];
  const flag = (element: Element, why: string) => problems.push(`${why}: ${element.outerHTML.slice(0, 160)}`);
  const marker = (window as unknown as { __xss?: unknown }).__xss;
  if (marker !== undefined) problems.push(`a payload ran: window.__xss = ${String(marker)}`);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) flag(element, `inline event handler ${name}`);
      // Browsers ignore control characters and spaces before the scheme: "java\tscript:" runs.
      const url = Array.from(attribute.value)
        .filter((ch) => ch.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data:text\/html)/.test(url)) flag(element, `script URL in ${name}`);
    }
  }
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const src = script.getAttribute('src');
    const url = src ? new URL(src, location.href) : null;
    const ownBundle =
      url !== null && url.origin === location.origin && url.pathname.startsWith('/assets/') && script.textContent.trim() === '';
    if (!ownBundle) flag(script, 'a script that is not the app bundle');
  }
  for (const element of Array.from(document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]'))) {
    if (element.localName === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
    flag(element, 'an element that loads or redirects');
  }
  return problems;
}

/** The values that are NOT shown on the page as text (rendered text, or the value of a visible field). */
function missingInPage(values: string[]): string[] {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
  const shown = norm(document.body.innerText);
  const fields = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
    .filter((field) => field.checkVisibility())
    .map((field) => norm(field.value));
  return values.filter((value) => !shown.includes(norm(value)) && !fields.some((field) => field.includes(norm(value))));
}

/** What on the page could run a payload (see injectedInPage). */
export const injectedOn = (page: Page) => page.evaluate(injectedInPage);
/** Which of `values` the page does not show as text. */
export const missingOn = (page: Page, values: string[]) => page.evaluate(missingInPage, values);

/** Waits until every value is shown as text, then checks that nothing on the page can run. */
export async function expectRenderedSafely(page: Page, where: string, values: string[]): Promise<void> {
  await expect.poll(() => missingOn(page, values), { message: `${where}: payloads not shown as text` }).toEqual([]);
  await page.waitForLoadState('networkidle');
  expect(await injectedOn(page), `${where}: nothing injected may run`).toEqual([]);
}
