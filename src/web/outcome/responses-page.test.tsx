// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/query-client.js';
import { formatDate } from '../i18n/format.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { outcomeFixture, rec } from './outcome-test-fixtures.js';
import { ResponsesPage } from './responses-page.js';

// 140.220 (partly supported) is followed, so it is monitored; 140.75 (noted, followed) is lobbied on.
const base = outcomeFixture();
const outcome = {
  ...base,
  recommendations: base.recommendations.map((r) => (r.paragraph === '140.220' ? { ...r, ofInterest: true, monitored: true } : r)),
  counts: { ...base.counts, ofInterest: 2 },
};
const dryRun = {
  dryRun: true,
  responses: [],
  stated: { supported: 3, noted: 1 },
  counts: { supported: 3, noted: 1, partiallySupported: 0 },
  changed: 1,
  unchanged: 3,
  warnings: [{ code: 'totals-differ', line: 4, message: 'The addendum states 3 supported, 2 found.', source: 'responses' }],
  lobbyTasks: { created: 0, removed: 0 },
};

function renderResponses(routes: Record<string, [number, unknown]> = {}) {
  const fetch = vi.fn(
    stubFetch({
      'GET /api/campaigns/c1': [200, campaignFixture()],
      'GET /api/campaigns/c1/outcome': [200, outcome],
      ...routes,
    }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<ResponsesPage />, {
    route: '/campaigns/c1/outcome/responses',
    path: '/campaigns/:id/outcome/responses',
    me: adminMe,
    client: createQueryClient(),
  });
  return fetch;
}

const rows = () => within(screen.getByRole('list', { name: 'Recommendations with their responses' })).getAllByRole('listitem');
const calls = (fetch: ReturnType<typeof vi.fn>, method: string) =>
  fetch.mock.calls
    .filter(([, init]) => (init as RequestInit | undefined)?.method === method)
    .map(([url, init]) => [String(url), JSON.parse(String((init as RequestInit).body))]);

// The whole unit project runs in parallel on a loaded machine: give the first render time.
configure({ asyncUtilTimeout: 5000 });

describe('ResponsesPage', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('filters by response, by followed ones and by paragraph', async () => {
    renderResponses();
    expect(await screen.findByText('Shown: 4 of 4')).toBeTruthy();
    const filter = screen.getByLabelText('Show') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.text)).toEqual([
      'All (4)',
      'Supported (2)',
      'Noted (1)',
      'Partly supported (1)',
      'No clear response (0)',
      'Response pending (0)',
      'Not entered (0)',
    ]);
    fireEvent.change(filter, { target: { value: 'supported' } });
    expect(screen.getByText('Shown: 2 of 4')).toBeTruthy();
    expect(rows().map((row) => within(row).getAllByText(/^140\.\d+$/)[0]!.textContent)).toEqual(['140.18', '140.19']);
    fireEvent.change(filter, { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Only those we follow (2)' }));
    expect(rows()).toHaveLength(2);
    fireEvent.click(screen.getByRole('switch', { name: 'Only those we follow (2)' }));
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: '140.22' } });
    expect(screen.getByText('Shown: 1 of 4')).toBeTruthy();
    expect(within(rows()[0]!).getByText(/Roma community/)).toBeTruthy();
  });

  it('shows the lobbying task of a noted one we follow with its due date, and the rule as a hint', async () => {
    renderResponses();
    expect(await screen.findByText('Supported recommendations need no more lobbying')).toBeTruthy();
    const erased = rows().find((row) => within(row).queryByText(/“erased” people/))!;
    const task = within(erased).getByRole('checkbox', { name: `Lobby before the adoption (${formatDate('2027-10-05', 'en')})` });
    expect(task).toBeTruthy();
    expect(within(erased).getByText(new RegExp(formatDate('2027-09-28', 'en')))).toBeTruthy();
    const roma = rows().find((row) => within(row).queryByText(/Roma community/))!;
    expect(within(roma).getByRole('link', { name: 'In monitoring' }).getAttribute('href')).toBe('/campaigns/c1/monitoring');
    const notFollowed = rows().find((row) => within(row).queryByText(/financial autonomy/))!;
    expect(within(notFollowed).queryByRole('link', { name: 'In monitoring' })).toBeNull();
  });

  it('sets a response by hand with the compact select', async () => {
    const updated = rec('140.18', { response: 'noted' });
    const fetch = renderResponses({
      'PATCH /api/campaigns/c1/outcome/recommendations/r140.18': [200, { recommendation: updated, lobbyTasks: { created: 0, removed: 0 } }],
    });
    fireEvent.change(await screen.findByLabelText('Response to 140.18'), { target: { value: 'noted' } });
    await waitFor(() =>
      expect(calls(fetch, 'PATCH')).toEqual([['/api/campaigns/c1/outcome/recommendations/r140.18', { response: 'noted' }]]),
    );
    fireEvent.change(screen.getByLabelText('Response to 140.19'), { target: { value: '' } });
    await waitFor(() => expect(calls(fetch, 'PATCH')[1]?.[1]).toEqual({ response: null }));
  });

  it('reads the addendum first without changing anything, then applies it', async () => {
    const fetch = renderResponses({ 'POST /api/campaigns/c1/outcome/responses': [200, dryRun] });
    fireEvent.click(await screen.findByRole('button', { name: 'Import the responses' }));
    fireEvent.change(screen.getByLabelText('Text of the addendum'), { target: { value: 'The Government accepts 140.18, 140.19.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the responses' }));
    expect(await screen.findByText('Responses that would change: 1 · unchanged: 3')).toBeTruthy();
    expect(screen.getByText('The totals stated in the addendum differ from the responses found.')).toBeTruthy();
    expect(calls(fetch, 'POST')).toEqual([
      ['/api/campaigns/c1/outcome/responses', { text: 'The Government accepts 140.18, 140.19.', dryRun: true }],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Apply the responses (1)' }));
    await waitFor(() => expect(calls(fetch, 'POST')[1]?.[1]).toEqual({ text: 'The Government accepts 140.18, 140.19.', dryRun: false }));
  });
});
