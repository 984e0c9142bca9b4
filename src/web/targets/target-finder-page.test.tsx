// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CampaignTargetDto, TargetFinderDto, TargetFinderRowDto } from '../../shared/contracts/targets.js';
import { createQueryClient } from '../api/query-client.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { TargetFinderPage } from './target-finder-page.js';

const campaign = campaignFixture();
const component = (points: number, value = 0.5, weight = 0.2) => ({ value, weight, points });

function row(iso3: string, name: string, rank: number, score: number, patch: Partial<TargetFinderRowDto> = {}): TargetFinderRowDto {
  return {
    iso3,
    name,
    regionalGroup: 'WEOG',
    euMember: true,
    rank,
    score,
    components: {
      issues: component(40),
      surHistory: component(12),
      region: component(5),
      acceptance: component(9),
      specificity: component(4),
    },
    facts: {
      issueRecs: 120,
      issueRecsRecencyWeighted: 80,
      toSur: 25,
      toSurRecencyWeighted: 14,
      toRegion: 300,
      surSupported: 18,
      surTotal: 25,
      acceptanceRate: 0.72,
      specific: 60,
      specificShare: 0.5,
    },
    evidence: {
      byCycle: [
        { cycle: 2, supported: 8, noted: 2, other: 0 },
        { cycle: 3, supported: 10, noted: 4, other: 1 },
      ],
      issueByCycle: [
        { cycle: 2, count: 50 },
        { cycle: 3, count: 70 },
      ],
      samples: [
        {
          id: 's1',
          text: 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure',
          session: 34,
          cycle: 3,
          sur: { iso3: 'KAZ', name: 'Kazakhstan' },
          response: 'supported',
          onIssues: true,
        },
      ],
    },
    alreadyTarget: false,
    ...patch,
  };
}

const finder: TargetFinderDto = {
  campaignId: 'c1',
  state: { iso3: 'KAZ', name: 'Kazakhstan' },
  issues: [{ issue: 'Rights of the Child', label: 'Rights of the child', labels: { en: 'Rights of the child', ru: 'Права ребёнка' } }],
  currentCycle: 4,
  candidates: 120,
  matching: 3,
  targets: [
    row('FRA', 'France', 1, 70),
    row('DEU', 'Germany', 2, 64),
    row('NOR', 'Norway', 3, 60, { euMember: false, alreadyTarget: true }),
  ],
};

const added: CampaignTargetDto[] = [
  {
    iso3: 'FRA',
    name: 'France',
    regionalGroup: 'WEOG',
    euMember: true,
    score: 70,
    addedBy: { id: 'u1', name: 'Aigerim' },
    addedAt: '2026-12-10T09:00:00Z',
  },
];

function renderFinder() {
  const fetch = vi.fn(
    stubFetch({
      'GET /api/campaigns/c1': [200, campaign],
      'GET /api/campaigns/c1/target-finder': [200, finder],
      'POST /api/campaigns/c1/targets': [200, added],
      'GET /api/campaigns/c1/targets': [200, added],
    }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<TargetFinderPage />, {
    route: '/campaigns/c1/targets',
    path: '/campaigns/:id/targets',
    me: adminMe,
    client: createQueryClient(),
  });
  return fetch;
}

describe('TargetFinderPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the ranked States with their score, and marks those already in the targets', async () => {
    renderFinder();
    expect(await screen.findByRole('heading', { level: 1, name: 'Find target States' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'States ranked as targets for the review of Kazakhstan' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByText('France')).toBeTruthy();
    expect(within(items[0]!).getByText('70')).toBeTruthy();
    expect(within(items[2]!).getByText(/In targets/)).toBeTruthy();
    expect(screen.getByText('Rights of the child')).toBeTruthy();
    expect(screen.getByText('Showing 3 of 3 States')).toBeTruthy();
  });

  it('expands a row into its evidence: the points as sentences, the record by cycle and real texts', async () => {
    renderFinder();
    const why = await screen.findByRole('button', { name: 'Why France? Show the evidence' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const evidence = document.getElementById(why.getAttribute('aria-controls') ?? '');
    expect(evidence).toBeTruthy();
    const panel = within(evidence!);
    expect(panel.getByText('40 points from 120 recommendations on your issues (weighted for recency)')).toBeTruthy();
    expect(panel.getByText('9 points: Kazakhstan supported 18 of 25 of their recommendations')).toBeTruthy();
    expect(panel.getByText('10 supported · 4 noted · 1 other')).toBeTruthy();
    expect(panel.getByText('cycle 2: 50 · cycle 3: 70')).toBeTruthy();
    expect(panel.getByText(/Ratify the Optional Protocol/)).toBeTruthy();
    fireEvent.click(why);
    expect(document.getElementById('evidence-FRA')).toBeNull();
  });

  it('"Add to targets" sends the State to the API and says so', async () => {
    const fetch = renderFinder();
    fireEvent.click(await screen.findByRole('button', { name: 'Add France to the targets' }));
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [url, init] = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(String(url)).toBe('/api/campaigns/c1/targets');
    expect(init?.body).toBe('{"iso3":["FRA"]}');
    expect(await screen.findByText('France added to the targets.')).toBeTruthy();
  });

  it('adds the selected rows in bulk', async () => {
    const fetch = renderFinder();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select France' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Germany' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add selected to targets (2)' }));
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(init?.body).toBe('{"iso3":["FRA","DEU"]}');
  });
});
