import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { pinBrowserClock, signInAsAdmin } from './session.js';
import { expectRenderedSafely, injectedOn, missingOn } from './xss-checks.js';
import { seedSweep, type Seeded } from './xss-data.js';
import { api, ATTACKS } from './xss-seed.js';

// Issue 6, item 4: script payloads written through the API into every text field a user can
// fill (xss-data.ts), then every page of the app that shows them, and the printable HTML
// exports, opened in Chromium at desktop width. On each: no dialog, no payload ran
// (window.__xss), no inline event handler, no script but the app's bundle, no javascript: link,
// and the payloads ARE on the page as text, which proves they were rendered and not skipped.
// The fixture adds: nothing requested from another origin, nothing refused by the CSP.

interface Unfold {
  /** Opens a drawer, a modal or a folded part of the page. */
  open: (page: Page) => Promise<void>;
  shows: string[];
}

interface Visit {
  path: string;
  /** Markers (keys of Seeded.value) whose values must show on the page as text. */
  shows: string[];
  /** Parts the page keeps folded: opened one after the other, each checked, then closed. */
  unfold?: Unfold[];
}

const click = (name: string | RegExp) => async (page: Page) => page.getByRole('button', { name }).click();
const editPerson = (post: string) => async (page: Page) => {
  await page.getByRole('button', { name: new RegExp(`^Actions for the post ${post}`) }).click();
  await page.getByRole('menuitem', { name: 'Edit person' }).click();
};

const ISSUE = ['XssIssueTitle', 'XssIssueSummary', 'XssIssueRecommendation', 'XssIssueAsk', 'XssIssueQuestion', 'XssIssueReference'];
const SETTINGS = ['XssOrganisation', 'XssAbout', 'XssContactName', 'XssContactEmail', 'XssPhone'];
const FILE_ISSUE = ['XssFileIssue', 'XssFileSummary', 'XssFileRecommendation', 'XssFileQuestion', 'XssFileReference'];
const FILE_SETTINGS = ['XssFileOrganisation', 'XssFileAbout', 'XssFileContact', 'XssFileEmail', 'XssFPhone'];
const LETTER = [
  'XssOrganisation',
  'XssContactName',
  'XssPhone',
  'XssCity',
  'XssPostTitle',
  'XssPersonName',
  'XssOutcomeSupported',
  'XssMinistry',
];

function visits(s: Seeded): Visit[] {
  const c = `/campaigns/${s.campaignId}`;
  const api = `/api/campaigns/${s.campaignId}`;
  const file = `/campaigns/${s.fileCampaignId}`;
  return [
    { path: '/dashboard', shows: ['XssCampaignName', 'XssMemberName', 'XssBriefingTitle'] },
    { path: '/campaigns', shows: ['XssCampaignName', 'XssFileCampaign'] },
    { path: c, shows: ['XssCampaignName'] },
    // Every stage page: the first task's note (the first also names the assigned member).
    ...s.stageKeys.map((key, i) => ({
      path: `${c}/stages/${key}`,
      shows: ['XssCampaignName', `XssTaskNote${i}`, ...(i === 0 ? ['XssMemberName'] : [])],
    })),
    { path: `${c}/document`, shows: ['XssCampaignName', ...ISSUE, ...SETTINGS] },
    { path: `${api}/document/html`, shows: [...ISSUE, ...SETTINGS] },
    { path: `${c}/targets`, shows: ['XssCampaignName'] },
    {
      path: `${c}/outreach`,
      shows: [
        'XssCampaignName',
        'XssCity',
        'XssChPhone',
        'XssPostTitle',
        'XssPersonName',
        'XssPPhone',
        'XssBriefingTitle',
        'XssBriefingNote',
        'XssCsvPost',
        'XssCsvName',
        'XssCsvPhone',
      ],
      unfold: [
        { open: click('History of Germany — Embassy'), shows: ['XssInteractionNote'] },
        { open: click('Contact details and status of Germany — Embassy'), shows: ['XssCity', 'XssChPhone', 'XssChannelNote'] },
        { open: editPerson('XssPostTitle'), shows: ['XssPersonName', 'XssPPhone', 'XssPersonNote'] },
        { open: editPerson('XssCsvPost'), shows: ['XssCsvName', 'XssCsvPhone', 'XssCsvNote'] },
      ],
    },
    { path: `${c}/outcome`, shows: ['XssCampaignName', 'XssSymbol', 'XssFileName'] },
    {
      path: `${c}/outcome/matching`,
      shows: ['XssIssueTitle', 'XssIssueRecommendation', 'XssIssueAsk', 'XssOutcomeSupported', 'XssOutcomeNoted'],
    },
    { path: `${c}/outcome/scoreboard`, shows: ['XssIssueTitle', 'XssIssueRecommendation', 'XssIssueAsk', 'XssThankNote'] },
    { path: `${c}/outcome/responses`, shows: ['XssOutcomeSupported', 'XssOutcomeNoted'] },
    {
      path: `${c}/monitoring`,
      shows: ['XssIssueTitle', 'XssOutcomeSupported', 'XssMinistry'],
      unfold: [{ open: openTimelines, shows: ['XssEvidence', 'XssScriptSource', 'XssEvidenceSource'] }],
    },
    {
      path: `${api}/midterm-report.html`,
      shows: [
        'XssIssueTitle',
        'XssOrganisation',
        'XssContactName',
        'XssPhone',
        'XssSymbol',
        'XssOutcomeSupported',
        'XssOutcomeNoted',
        'XssMinistry',
        'XssEvidence',
        'XssScriptSource',
        'XssEvidenceSource',
      ],
    },
    { path: `${api}/update-letters.html`, shows: ['XssContactEmail', 'XssEvidenceSource', ...LETTER] },
    { path: file, shows: ['XssFileCampaign'] },
    { path: `${file}/document`, shows: ['XssFileCampaign', ...FILE_ISSUE, ...FILE_SETTINGS] },
    {
      path: `${file}/outreach`,
      shows: ['XssFileCampaign', 'XssFilePost', 'XssFilePerson', 'XssFilePersonEmail', 'XssFPPhone'],
      unfold: [{ open: editPerson('XssFilePost'), shows: ['XssFilePerson', 'XssFileNote'] }],
    },
    { path: `/api${file}/document/html`, shows: [...FILE_ISSUE, ...FILE_SETTINGS] },
    { path: '/recommendations?q=XssLibrary', shows: ['XssLibrary'] },
    { path: `/recommendations/${s.libraryRecommendationId}`, shows: ['XssLibrary'] },
    { path: `/recommendations?q=${encodeURIComponent(s.value.XssQuery ?? '')}`, shows: ['XssQuery'] },
    { path: '/settings', shows: ['XssMemberName'] },
    // The audit log shows the changed values (the report's symbol is among the last 50 changes).
    { path: '/settings?tab=admin', shows: ['XssSymbol'] },
  ];
}

/**
 * The app's pages are opened inside the running app (as a click on a link does) rather than by
 * reloading it each time: same rendering, a fraction of the time. Exports are loaded as files.
 */
async function open(page: Page, path: string): Promise<void> {
  const current = page.url().startsWith('http') ? new URL(page.url()).pathname : '/api/';
  if (path.startsWith('/api/') || current.startsWith('/api/')) return void (await page.goto(path));
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(new URL(path, page.url()).href);
}

/** Opens every monitored recommendation's timeline of evidence. */
async function openTimelines(page: Page): Promise<void> {
  const toggles = page.getByRole('button', { name: /^Timeline and evidence/ });
  await expect(toggles.first()).toBeVisible();
  for (const toggle of await toggles.all()) await toggle.click();
}

test('script payloads in every text field are shown as text and never run', async ({ page, playwright, baseURL }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A payload must not break the server either: no answer of the sweep may be a 5xx.
  const serverErrors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });
  await page.setViewportSize({ width: 1366, height: 900 });
  await pinBrowserClock(page);
  await signInAsAdmin(page);

  const seeded = await seedSweep(api(page.request), async (token, name) => {
    const guest = await playwright.request.newContext({ baseURL });
    const answer = await guest.post(`/api/invitations/by-token/${token}/accept`, { data: { name, password: 'xss sweep member 2026' } });
    expect(answer.ok(), await answer.text()).toBe(true);
    await guest.dispose();
  });
  const values = (markers: string[]) => markers.map((marker) => seeded.value[marker] ?? `(no value for marker ${marker})`);

  for (const visit of visits(seeded)) {
    await open(page, visit.path);
    await expectRenderedSafely(page, visit.path, values(visit.shows));
    for (const [i, part] of (visit.unfold ?? []).entries()) {
      await part.open(page);
      await expectRenderedSafely(page, `${visit.path} (unfolded ${i + 1})`, values(part.shows));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    expect(dialogs, `${visit.path}: no dialog may open`).toEqual([]);
    expect(serverErrors, `${visit.path}: no server error`).toEqual([]);
  }
});

// The checks themselves, on a page without our CSP (about:blank) where injected markup does
// run: they must see each kind of injection, and tell text on the page from text in markup.
test('the checks of the sweep see injected markup, and text that is not rendered', async ({ page }) => {
  await page.setContent(`<main><p>shown ${ATTACKS[3]}</p><div title="only in an attribute"></div>
    <div onclick="void 0">x</div><a href=" java\tscript:void 0">link</a><script>window.__xss = 1</script>
    <iframe srcdoc="<p>framed</p>"></iframe><textarea>in a field</textarea></main>`);
  const found = await injectedOn(page);
  for (const expected of [
    'a payload ran: window.__xss = 1',
    'inline event handler onclick',
    'script URL in href',
    'a script that is not the app bundle',
    'an element that loads',
  ])
    expect(
      found.some((line) => line.startsWith(expected)),
      `${expected} in ${found.join('\n')}`,
    ).toBe(true);
  expect(await missingOn(page, [`shown ${ATTACKS[3]}`, 'in a field', 'only in an attribute', 'framed'])).toEqual([
    'only in an attribute',
    'framed',
  ]);
});
