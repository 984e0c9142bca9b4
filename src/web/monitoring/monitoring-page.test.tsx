// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarizeStatuses } from '../../core/outcome/monitoring-status.js';
import type { MonitoringDto } from '../../shared/contracts/outcome-campaign.js';
import { createQueryClient } from '../api/query-client.js';
import { formatDate } from '../i18n/format.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { MonitoringPage } from './monitoring-page.js';

const campaign = campaignFixture(); // today: 2026-12-10

const monitoring: MonitoringDto = {
  campaignId: 'c1',
  recommendations: [
    {
      id: 'r18',
      paragraph: '140.18',
      text: 'Adopt the necessary measures to ensure the independence and financial autonomy of the Human Rights Ombudsman (Algeria);',
      recommendingStates: ['DZA'],
      response: 'supported',
      status: 'in-progress',
      ministry: 'Ministry of Justice',
      keyIssueIds: ['k1'],
      timeline: [
        {
          id: 'e1',
          kind: 'evidence',
          date: '2026-05-20',
          text: 'Draft amendment published for consultation.',
          source: 'e-demokracija.gov.si',
          status: null,
          createdAt: '2026-05-20T10:00:00Z',
        },
        { id: 'e2', kind: 'status', date: '2026-09-01', text: '', source: '', status: 'in-progress', createdAt: '2026-09-01T10:00:00Z' },
      ],
    },
    {
      id: 'r220',
      paragraph: '140.220',
      text: 'Improve access of the Roma community to education, employment and healthcare (Cyprus);',
      recommendingStates: ['CYP'],
      response: 'partially-supported',
      status: 'implemented',
      ministry: '',
      keyIssueIds: [],
      timeline: [],
    },
  ],
  issues: [
    { keyIssueId: 'k1', title: 'An independent Ombudsman', recommendationIds: ['r18'], summary: summarizeStatuses(['in-progress']) },
    { keyIssueId: null, title: '', recommendationIds: ['r220'], summary: summarizeStatuses(['implemented']) },
  ],
  overall: summarizeStatuses(['in-progress', 'implemented']),
};

function renderMonitoring(routes: Record<string, [number, unknown]> = {}) {
  const fetch = vi.fn(
    stubFetch({ 'GET /api/campaigns/c1': [200, campaign], 'GET /api/campaigns/c1/monitoring': [200, monitoring], ...routes }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<MonitoringPage />, {
    route: '/campaigns/c1/monitoring',
    path: '/campaigns/:id/monitoring',
    me: adminMe,
    client: createQueryClient(),
  });
  return fetch;
}

const item = (paragraph: string) => screen.getByRole('heading', { level: 3, name: paragraph }).closest('li')!;
const sent = (fetch: ReturnType<typeof vi.fn>, method: string) =>
  fetch.mock.calls
    .filter(([, init]) => (init as RequestInit | undefined)?.method === method)
    .map(([url, init]) => [String(url), JSON.parse(String((init as RequestInit).body))]);

// The whole unit project runs in parallel on a loaded machine: give the first render time.
configure({ asyncUtilTimeout: 5000 });

describe('MonitoringPage', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('summarises per key issue and shows each recommendation’s status, ministry and dated timeline', async () => {
    renderMonitoring();
    expect(await screen.findByRole('heading', { name: 'An independent Ombudsman' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Not tied to a key issue' })).toBeTruthy();
    // The overall summary and the card of the recommendations tied to no key issue.
    expect(screen.getAllByText('Implemented: 1')).toHaveLength(2);
    const ombudsman = item('140.18');
    expect(within(ombudsman).getByText('Responsible: Ministry of Justice')).toBeTruthy();
    fireEvent.click(within(ombudsman).getByRole('button', { name: 'Timeline and evidence (2)' }));
    const timeline = within(ombudsman).getByRole('list', { name: 'Timeline of 140.18' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('time')?.textContent),
    ).toEqual([formatDate('2026-05-20', 'en'), formatDate('2026-09-01', 'en')]);
    expect(within(timeline).getByText('Source: e-demokracija.gov.si')).toBeTruthy();
  });

  it('filters by key issue and status', async () => {
    renderMonitoring();
    fireEvent.change(await screen.findByLabelText('Key issue'), { target: { value: 'none' } });
    expect(screen.getByText('Shown: 1 of 2')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: '140.18' })).toBeNull();
  });

  it('records a dated status change and evidence with its source; a future date is refused before sending', async () => {
    const fetch = renderMonitoring({
      'PATCH /api/campaigns/c1/monitoring/r18': [204, null],
      'POST /api/campaigns/c1/monitoring/r18/evidence': [201, { id: 'e3' }],
    });
    await screen.findByRole('heading', { level: 3, name: '140.18' });
    const ombudsman = item('140.18');
    fireEvent.change(within(ombudsman).getByLabelText('Status'), { target: { value: 'implemented' } });
    fireEvent.change(within(ombudsman).getByLabelText('Changed on'), { target: { value: '2026-11-30' } });
    fireEvent.click(within(ombudsman).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(sent(fetch, 'PATCH')).toEqual([['/api/campaigns/c1/monitoring/r18', { status: 'implemented', date: '2026-11-30' }]]),
    );

    fireEvent.click(within(ombudsman).getByRole('button', { name: 'Timeline and evidence (2)' }));
    const form = within(ombudsman).getByRole('form', { name: 'Add evidence' });
    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: '2027-01-01' } });
    fireEvent.change(within(form).getByLabelText(/^What happened/), { target: { value: 'The Act was amended.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add evidence' }));
    expect(await within(form).findByText('This date is in the future: record what has already happened.')).toBeTruthy();
    expect(sent(fetch, 'POST')).toEqual([]);
    fireEvent.change(within(form).getByLabelText(/^Date/), { target: { value: '2026-06-10' } });
    fireEvent.change(within(form).getByLabelText(/^Source/), { target: { value: 'Official Gazette No. 44/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add evidence' }));
    await waitFor(() =>
      expect(sent(fetch, 'POST')).toEqual([
        [
          '/api/campaigns/c1/monitoring/r18/evidence',
          { date: '2026-06-10', text: 'The Act was amended.', source: 'Official Gazette No. 44/2026' },
        ],
      ]),
    );
  });
});
