import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { pdfText } from '../../src/server/import/pdf-text.js';
import { signInAsAdmin, pinBrowserClock } from './session.js';

// Issue 4's journey: four key issues written in Russian → a fifth is refused → the DOCX and the
// PDF contain the Cyrillic titles → a target with embassy and mission contacts → "document sent"
// creates the follow-up call due in 7 days → a person leaves, a successor takes the post and the
// history stays with the post.

const TITLES = [
  'Домашнее насилие',
  'Пытки в местах лишения свободы',
  'Свобода объединений',
  'Права людей с инвалидностью',
];
const RECOMMENDATIONS = [
  'Криминализировать домашнее насилие как отдельное преступление',
  'Ратифицировать Факультативный протокол к Конвенции против пыток',
  'Упростить регистрацию общественных объединений',
  'Ратифицировать Конвенцию о правах инвалидов',
];

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return fs.readFileSync(path);
}

test('advocacy document in Russian, then outreach to a target State', async ({ page }) => {
  await pinBrowserClock(page);
  await signInAsAdmin(page);
  const created = await page.request.post('/api/campaigns', { data: { stateIso3: 'TJK', reviewDate: '2027-01-20', name: 'Tajikistan 2027' } });
  expect(created.ok()).toBe(true);
  const campaign = (await created.json()) as { id: string };

  await page.goto(`/campaigns/${campaign.id}`);
  await page.getByRole('region', { name: 'Tools' }).getByRole('link', { name: 'Write the advocacy document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Advocacy document' })).toBeVisible();
  await page.getByRole('region', { name: 'About the document' }).getByText('Русский', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Русский' })).toBeChecked();
  await page.getByRole('textbox', { name: 'About your organisation' }).fill('Коалиция правозащитных организаций Таджикистана, работаем с 2009 года.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  for (const [i, title] of TITLES.entries()) {
    await page.getByRole('button', { name: '+ Add a key issue' }).click();
    const card = page.getByRole('region', { name: 'New key issue' });
    await card.getByRole('textbox', { name: 'Heading' }).fill(title);
    await card.getByRole('textbox', { name: 'Background' }).fill(`В 2025 году зафиксировано ${120 + i} случаев; ни одно дело не дошло до суда.`);
    await card.getByRole('textbox', { name: 'Recommendation 1' }).fill(RECOMMENDATIONS[i]!);
    await card.getByRole('button', { name: 'Add a key issue' }).click();
    await expect(page.getByRole('region', { name: `Key issue ${i + 1}` })).toBeVisible();
  }
  const preview = page.getByRole('article', { name: 'Preview of the document' });
  for (const title of TITLES) await expect(preview).toContainText(title);
  await expect(preview).toContainText('Универсальный периодический обзор: Таджикистан');

  // The fifth is refused: the button says why, and the API refuses it too.
  await expect(page.getByRole('button', { name: '+ Add a key issue' })).toBeDisabled();
  await expect(page.getByText(/The document has 4 key issues, the most the strategy advises/)).toBeVisible();
  const fifth = await page.request.post(`/api/campaigns/${campaign.id}/key-issues`, { data: { title: 'Пятая тема', recommendations: ['Принять закон'] } });
  expect(fifth.status()).toBe(400);
  await page.screenshot({ path: 'test-results/screens/21-document-builder.png', fullPage: true });

  // The downloads carry the Cyrillic titles.
  const docx = await JSZip.loadAsync(await download(page, 'Download Word (.docx)'));
  const xml = await docx.file('word/document.xml')!.async('string');
  for (const title of TITLES) expect(xml).toContain(title);
  const pdf = await pdfText(new Uint8Array(await download(page, 'Download PDF')));
  const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
  for (const title of TITLES) expect(text).toContain(title);
  expect(pdf.pages.length).toBeLessThanOrEqual(2);

  // A target with contacts at its embassy and its Geneva mission.
  expect((await page.request.post(`/api/campaigns/${campaign.id}/targets`, { data: { iso3: ['DEU'] } })).ok()).toBe(true);
  await page.goto(`/campaigns/${campaign.id}`);
  await page.getByRole('region', { name: 'Tools' }).getByRole('link', { name: 'Open the outreach board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outreach: embassies and Geneva missions' })).toBeVisible();
  await addPost(page, 'Germany — Embassy', 'UPR focal point', 'Anna Schmidt', 'anna.schmidt@diplo.de');
  await addPost(page, 'Germany — Geneva mission', 'Human rights officer', 'Jonas Weber', 'jonas.weber@diplo.de');
  await expect(page.getByText('2/6 · Contact found')).toHaveCount(2);

  // "Document sent" to the embassy: the follow-up call is due 7 days later (today is 27 Nov 2026).
  await page.getByRole('button', { name: 'Log interaction with Germany — Embassy' }).click();
  const log = page.getByRole('dialog', { name: /Log interaction — Germany — Embassy/ });
  // After "contact found" the next step, "document sent", is already chosen.
  await expect(log.getByRole('combobox', { name: 'What happened' })).toHaveValue('Document sent');
  await expect(log.getByRole('combobox', { name: 'With whom' })).toHaveValue('Anna Schmidt — UPR focal point');
  await log.getByRole('textbox', { name: 'Note' }).fill('Записка отправлена по электронной почте');
  await log.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Follow-up call due on December 4, 2026.').first()).toBeVisible();
  const followUps = page.getByRole('region', { name: 'Follow-ups' });
  await expect(followUps).toContainText('Follow-up call: Germany — Embassy');
  await expect(followUps).toContainText('in 7 days · December 4, 2026');
  await page.screenshot({ path: 'test-results/screens/22-outreach-board.png', fullPage: true });
  // The call made by hand: ticked, it leaves the open list; the done ones are read on request.
  // click(), not check(): check() reads the box again after the click, and the box may be gone by then.
  await followUps.getByRole('checkbox', { name: 'Follow-up call: Germany — Embassy' }).click();
  await expect(followUps).toContainText('No open follow-up.');
  await followUps.getByRole('button', { name: 'Show done' }).click();
  const done = followUps.getByRole('list', { name: 'Done follow-ups' });
  await expect(done.getByRole('checkbox', { name: 'Follow-up call: Germany — Embassy' })).toBeChecked();
  await followUps.screenshot({ path: 'test-results/screens/22b-follow-ups-done.png' });

  // Anna leaves, Lena Braun takes the post: the post keeps Anna in its history.
  await page.getByRole('button', { name: 'Actions for the post UPR focal point' }).click();
  await page.getByRole('menuitem', { name: 'Successor takes the post' }).click();
  const successor = page.getByRole('dialog', { name: /Successor takes the post/ });
  await successor.getByRole('textbox', { name: /^Name/ }).fill('Lena Braun');
  await successor.getByLabel('Starts on').fill('2026-12-01');
  await successor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Lena Braun now holds the post.')).toBeVisible();
  await page.getByText('Former holders (1)').click();
  await expect(page.getByText('Anna Schmidt')).toBeVisible();
  await expect(page.getByText(/until December 1, 2026/)).toBeVisible();
  // The interaction logged with the embassy is still in the channel's history.
  await page.getByRole('button', { name: 'History of Germany — Embassy' }).click();
  await expect(page.getByRole('dialog', { name: /History — Germany — Embassy/ })).toContainText('Записка отправлена по электронной почте');
  await page.screenshot({ path: 'test-results/screens/23-outreach-history.png', fullPage: true });
});

async function addPost(page: Page, channel: string, title: string, name: string, email: string): Promise<void> {
  await page.getByRole('button', { name: `Add a post to ${channel}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add post — ${channel}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Post' }).fill(title);
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await dialog.getByRole('button', { name: 'Add post' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(name)).toBeVisible();
}

