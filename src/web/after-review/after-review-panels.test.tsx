// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarizeStatuses } from '../../core/outcome/monitoring-status.js';
import type { BaselineDto, NextCycleInfoDto } from '../../shared/contracts/after-review.js';
import type { MonitoringDto } from '../../shared/contracts/outcome-campaign.js';
import { createQueryClient } from '../api/query-client.js';
import { formatDate } from '../i18n/format.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { BaselineList } from './baseline-list.js';
import { MidtermReportPanel } from './midterm-report-panel.js';
import { NextCycleButton } from './next-cycle-button.js';

const campaign = campaignFixture('2025-01-28', '2029-02-01');
const monitored = (n: number): MonitoringDto => ({
  campaignId: 'c1',
  recommendations: Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    paragraph: `140.${i + 1}`,
    text: 'Ensure the independence of the Ombudsman (Algeria);',
    recommendingStates: ['DZA'],
    response: 'supported' as const,
    status: 'in-progress' as const,
    ministry: '',
    keyIssueIds: [],
    timeline: [],
  })),
  issues: [],
  overall: summarizeStatuses([]),
});
const advocacy = { campaignId: 'c1', settings: { language: 'ru' }, issues: [], maxIssues: 4, wordCount: 0 };
const info: NextCycleInfoDto = {
  campaignId: 'c1',
  next: null,
  estimate: { reviewDate: '2029-11-13', source: 'estimated', reason: 'projected-cycle', session: 62 },
  carried: { keyIssues: 3, targets: 2, channels: 4, posts: 5, people: 3, baseline: 212 },
};

function Location() {
  return <output aria-label="location">{useLocation().pathname}</output>;
}

function render(element: React.ReactNode, routes: Record<string, [number, unknown]>, me = adminMe) {
  const fetch = vi.fn(stubFetch(routes));
  vi.stubGlobal('fetch', fetch);
  renderApp(
    <>
      {element}
      <Location />
    </>,
    { route: '/campaigns/c1', me, client: createQueryClient() },
  );
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

/** The button is disabled until the next-cycle information has loaded. */
async function clickStart() {
  const button = await screen.findByRole('button', { name: 'Start the next cycle' });
  await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  fireEvent.click(button);
}

describe('MidtermReportPanel', () => {
  it('links the report and the letters in the campaign’s language, and in the one chosen', async () => {
    render(<MidtermReportPanel campaignId="c1" />, {
      'GET /api/campaigns/c1/monitoring': [200, monitored(2)],
      'GET /api/campaigns/c1/advocacy': [200, advocacy],
    });
    const docx = await screen.findByRole('link', { name: 'Word (DOCX)' });
    await waitFor(() => expect(docx.getAttribute('href')).toBe('/api/campaigns/c1/midterm-report.docx?lang=ru'));
    expect(screen.getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe('/api/campaigns/c1/midterm-report.pdf?lang=ru');
    expect(screen.getByRole('link', { name: 'Print view' }).getAttribute('target')).toBe('_blank');
    expect(screen.getByText('Followed recommendations in the report: 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('link', { name: 'Letters in Word (DOCX)' }).getAttribute('href')).toBe(
      '/api/campaigns/c1/update-letters.docx?lang=en',
    );
    expect(screen.getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe('/api/campaigns/c1/midterm-report.pdf?lang=en');
  });

  it('offers the monitoring instead of empty documents while nothing is followed', async () => {
    render(<MidtermReportPanel campaignId="c1" />, {
      'GET /api/campaigns/c1/monitoring': [200, monitored(0)],
      'GET /api/campaigns/c1/advocacy': [200, advocacy],
    });
    expect(await screen.findByRole('link', { name: 'Open the monitoring' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Word (DOCX)' })).toBeNull();
  });
});

describe('NextCycleButton', () => {
  it('says what carries over, creates the next campaign after confirmation and opens it', async () => {
    const created = {
      previousCampaignId: 'c1',
      campaign: { ...campaign, id: 'c2' },
      reviewDateReason: 'projected-cycle',
      carried: info.carried,
    };
    const fetch = render(<NextCycleButton campaign={campaign} />, {
      'GET /api/campaigns/c1/next-cycle': [200, info],
      'POST /api/campaigns/c1/next-cycle': [201, created],
    });
    await clickStart();
    const dialog = await screen.findByRole('dialog', { name: 'Create the campaign of the next cycle?' });
    expect(
      within(dialog).getByText(
        `A new campaign for Kazakhstan is created, with its review expected on ${formatDate('2029-11-13', 'en')}. This campaign stays as it is.`,
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('Recommendations of this cycle, as the baseline: 212')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the next campaign' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/campaigns/c2'));
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(1);
  });

  it('points to the existing campaign when the server says the next cycle exists', async () => {
    render(<NextCycleButton campaign={campaign} />, {
      'GET /api/campaigns/c1/next-cycle': [200, info],
      'POST /api/campaigns/c1/next-cycle': [
        409,
        {
          error: {
            code: 'conflict',
            message: 'exists',
            details: { reason: 'next-cycle-exists', existingCampaignId: 'c9', existingCampaignName: 'UPR Kazakhstan 2029' },
          },
        },
      ],
    });
    await clickStart();
    fireEvent.click(await screen.findByRole('button', { name: 'Create the next campaign' }));
    const dialog = screen.getByRole('dialog', { name: 'Create the campaign of the next cycle?' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The next cycle already has its campaign: UPR Kazakhstan 2029.');
    expect(within(alert).getByRole('link', { name: 'Open UPR Kazakhstan 2029' }).getAttribute('href')).toBe('/campaigns/c9');
  });

  it('links to the next campaign once it exists, and keeps viewers from creating one', async () => {
    render(<NextCycleButton campaign={campaign} />, {
      'GET /api/campaigns/c1/next-cycle': [200, { ...info, next: { id: 'c2', name: 'UPR Kazakhstan 2029', reviewDate: '2029-11-13' } }],
    });
    expect((await screen.findByRole('link', { name: 'Open UPR Kazakhstan 2029' })).getAttribute('href')).toBe('/campaigns/c2');
    expect(screen.queryByRole('button', { name: 'Start the next cycle' })).toBeNull();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    render(<NextCycleButton campaign={campaign} />, { 'GET /api/campaigns/c1/next-cycle': [200, info] }, { ...adminMe, role: 'viewer' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start the next cycle' }).hasAttribute('disabled')).toBe(true));
    expect(screen.getByText('Your role cannot create campaigns. Ask an editor.')).toBeTruthy();
  });
});

describe('BaselineList', () => {
  const baseline: BaselineDto = {
    campaignId: 'c2',
    previous: { campaignId: 'c1', name: 'УПО Словении 2025', reviewDate: '2025-01-28', documentSymbol: 'A/HRC/59/15' },
    recommendations: [
      {
        id: 'b1',
        paragraph: '140.18',
        text: 'Ensure the independence of the Ombudsman (Algeria);',
        recommendingStates: [{ iso3: 'DZA', name: 'Algeria' }],
        response: 'supported',
        ofInterest: true,
        status: 'in-progress',
        ministry: 'Ministry of Justice',
        latestEvidence: { date: '2026-06-10', text: 'Budget line adopted.', source: 'Official Gazette No. 44/2026' },
        keyIssueIds: [],
      },
      {
        id: 'b2',
        paragraph: '140.221',
        text: 'Ratify the Convention on migrant workers (Chile);',
        recommendingStates: [{ iso3: 'CHL', name: 'Chile' }],
        response: 'noted',
        ofInterest: false,
        status: null,
        ministry: '',
        latestEvidence: null,
        keyIssueIds: [],
      },
    ],
    counts: {
      total: 2,
      ofInterest: 1,
      byResponse: { supported: 1, noted: 1, 'partially-supported': 0, 'no-clear-response': 0, pending: 0, unknown: 0 },
      byStatus: summarizeStatuses(['in-progress']).counts,
    },
  };

  it('lists the followed recommendations of the previous cycle with response, status and evidence; all on request', async () => {
    render(<BaselineList campaignId="c2" sur="Slovenia" />, { 'GET /api/campaigns/c2/baseline': [200, baseline] });
    const list = await screen.findByRole('list', { name: 'Recommendations of the previous cycle' });
    expect(
      screen.getByText(
        new RegExp(
          `Slovenia received in the previous cycle \\(УПО Словении 2025, review of ${formatDate('2025-01-28', 'en')}, A/HRC/59/15\\)`,
        ),
      ),
    ).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('In progress')).toBeTruthy();
    expect(
      within(list).getByText(
        `Latest evidence (${formatDate('2026-06-10', 'en')}): Budget line adopted. Source: Official Gazette No. 44/2026`,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Only the ones we followed' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('Not monitored')).toBeTruthy();
    expect(screen.getByText('Shown: 2 of 2')).toBeTruthy();
  });

  it('shows nothing for a campaign not started from another', async () => {
    const fetch = render(<BaselineList campaignId="c1" sur="Kazakhstan" />, {
      'GET /api/campaigns/c1/baseline': [200, { ...baseline, campaignId: 'c1', previous: null, recommendations: [] }],
    });
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('heading', { name: 'Recommended previously' })).toBeNull();
  });
});
