/**
 * E2E specs share one server (see playwright.config.ts). The planner spec sets the instance up
 * through the first-run page; later specs sign in as that admin, or set the instance up through
 * the API when they run alone.
 */
import type { Page } from '@playwright/test';

export const ADMIN = { name: 'Aigerim Bekova', email: 'aigerim@example.org', password: 'steppe wind 2027' };
export const SETUP_CODE = 'E2E-SETUP-CODE';

export async function signInAsAdmin(page: Page): Promise<void> {
  const status = await (await page.request.get('/api/setup/status')).json();
  if (status.needsSetup) {
    const response = await page.request.post('/api/setup', {
      data: { setupCode: SETUP_CODE, organisationName: 'Kazakhstan Bureau for Human Rights', ...ADMIN, language: 'en' },
    });
    if (!response.ok()) throw new Error(`setup failed: ${response.status()} ${await response.text()}`);
    return;
  }
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email: ADMIN.email, password: ADMIN.password } });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
  await page.request.put('/api/me/language', { data: { language: 'en' } });
}

/** The browser's "today" is the server's (UPR_TODAY in playwright.config.ts), whatever the real date. */
export async function pinBrowserClock(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00Z'));
}
