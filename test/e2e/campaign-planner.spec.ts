import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { STAGE_KEYS } from '../../src/core/strategy/catalogue.js';
import { stageTextsEn } from '../../src/core/strategy/stage-texts.en.js';
import { stageTextsRu } from '../../src/core/strategy/stage-texts.ru.js';

// The first user's whole path through the foundation (issue 2): first-run setup → a campaign
// for a State → the timeline shows every stage → tick a task → sign out and in, the tick
// persists → switch to Russian. Every page visited is checked by axe-core.

import { ADMIN, pinBrowserClock } from './session.js';
const SHOTS = 'test-results/screens';

async function expectNoSeriousA11yViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} ${v.help}: ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join(' | ')}`)).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

test('first run, campaign, task ticking, sign-in persistence and Russian', async ({ page }) => {
  await pinBrowserClock(page);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) foreign.push(request.url());
  });

  await page.goto('/');
  await expect(page).toHaveURL(/\/setup/);
  await expectNoSeriousA11yViolations(page, 'setup');
  await page.getByLabel('Setup code').fill('E2E-SETUP-CODE');
  await page.getByLabel('Organisation name').fill('Kazakhstan Bureau for Human Rights');
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Your e-mail').fill(ADMIN.email);
  await page.getByLabel(/^Password/).fill(ADMIN.password);
  await page.screenshot({ path: `${SHOTS}/01-setup.png`, fullPage: true });
  await page.getByRole('button', { name: 'Create organisation' }).click();

  // Straight into "create your first campaign", State picked by its Russian name.
  await expect(page.getByRole('heading', { name: 'Create your first campaign' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'new campaign');
  const picker = page.getByRole('combobox', { name: 'State under review' });
  await picker.fill('Казах');
  await page.getByRole('option', { name: /Kazakhstan/ }).click();
  await expect(page.getByText(/Next review/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Review date' }).fill('2027-08-31');
  await page.screenshot({ path: `${SHOTS}/02-new-campaign.png`, fullPage: true });
  await page.getByRole('button', { name: 'Create campaign' }).click();

  // Campaign home: every stage of the strategy is on the page, the current one marked.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan');
  for (const key of STAGE_KEYS) {
    await expect(page.getByRole('link', { name: stageTextsEn.stages[key].title, exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-campaign.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page, 'campaign');

  // Open the embassies stage and tick the follow-up call.
  await page.getByRole('link', { name: stageTextsEn.stages.embassies.title, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: stageTextsEn.stages.embassies.title, level: 1 })).toBeVisible();
  const followUp = page.getByRole('checkbox', { name: stageTextsEn.stages.embassies.tasks['follow-up-call'] });
  await followUp.check();
  await expect(page.getByText('Saved').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/04-stage.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page, 'stage');
  const stageUrl = page.url();

  // Sign out, sign in again: the tick is still there.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectNoSeriousA11yViolations(page, 'login');
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel(/^Password/).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('E-mail or password is wrong.')).toBeVisible();
  await page.getByLabel(/^Password/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(stageUrl);
  await expect(page.getByRole('checkbox', { name: stageTextsEn.stages.embassies.tasks['follow-up-call'] })).toBeChecked();

  // Switch to Russian: the page speaks Russian, and it stays so after a reload.
  await page.getByLabel('Language').first().selectOption('ru');
  await expect(page.getByRole('heading', { name: stageTextsRu.stages.embassies.title, level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.reload();
  await expect(page.getByRole('heading', { name: stageTextsRu.stages.embassies.title, level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/05-stage-ru.png`, fullPage: true });
  await page.goto('/dashboard');
  await expect(page.locator('main')).toContainText(/неделе|неделя/i);
  await expectNoSeriousA11yViolations(page, 'dashboard ru');

  // A phone-sized screen still shows the campaign, with the timeline scrolling sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/campaigns');
  await page.getByRole('link', { name: /Казахстан|Kazakhstan/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SHOTS}/06-campaign-360-ru.png`, fullPage: true });

  expect(foreign).toEqual([]);
});
