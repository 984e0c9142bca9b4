// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '../../shared/contracts/index.js';
import type { MatchDto } from '../../shared/contracts/outcome-campaign.js';
import { createQueryClient } from '../api/query-client.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { MatchingPage } from './matching-page.js';
import { ASK, match, outcomeFixture, scoreboardFixture } from './outcome-test-fixtures.js';

const m18 = match('m18', '140.18', { confidence: 0.81 });
const m19 = match('m19', '140.19', { confidence: 0.64 });
const mWhole = match('mw', '140.220', { askIndex: null, askText: '', confidence: 0.35, level: 'possible' });
const outcome = outcomeFixture({ matches: [m19, m18, mWhole] });

/** A server that remembers decisions, so the refetch after a decision shows it. */
function renderMatching(me: MeResponse = adminMe) {
  let current = outcome;
  const routes: Record<string, [number, unknown]> = {
    'GET /api/campaigns/c1': [200, campaignFixture()],
    'GET /api/campaigns/c1/outcome/scoreboard': [200, scoreboardFixture()],
  };
  const serve = stubFetch(routes);
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input), 'http://localhost').pathname;
    const decided = /\/matches\/(\w+)$/.exec(path);
    if (init?.method === 'PATCH' && decided) {
      const { status } = JSON.parse(String(init.body)) as { status: MatchDto['status'] };
      current = { ...current, matches: current.matches.map((m) => (m.id === decided[1] ? { ...m, status } : m)) };
      routes[`PATCH ${path}`] = [200, current.matches.find((m) => m.id === decided[1])];
    }
    routes['GET /api/campaigns/c1/outcome'] = [200, current];
    return serve(input, init);
  });
  vi.stubGlobal('fetch', fetch);
  renderApp(<MatchingPage />, {
    route: '/campaigns/c1/outcome/matching',
    path: '/campaigns/:id/outcome/matching',
    me,
    client: createQueryClient(),
  });
  return fetch;
}

const patches = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls
    .filter(([, init]) => (init as RequestInit | undefined)?.method === 'PATCH')
    .map(([url, init]) => [
      new URL(String(url), 'http://localhost').pathname.split('/').at(-1),
      JSON.parse(String((init as RequestInit).body)).status,
    ]);

// The whole unit project runs in parallel on a loaded machine: give the first render time.
configure({ asyncUtilTimeout: 5000 });

describe('MatchingPage', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists our ask beside its candidates, most likely first, with the keys documented', async () => {
    renderMatching();
    const list = await screen.findByRole('list', { name: `Recommendations that may answer: ${ASK}` });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Recommendation 140.18, likely match 81 %, Suggested',
      'Recommendation 140.19, likely match 64 %, Suggested',
    ]);
    expect(within(items[0]!).getByText(/independence and financial autonomy of the Human Rights Ombudsman/)).toBeTruthy();
    expect(within(items[0]!).getByText('By: Algeria')).toBeTruthy();
    expect(screen.getByText(/Keyboard: focus a suggestion with Tab, then/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Confirm 140.18 as answering this ask' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reject 140.220' })).toBeTruthy();
  });

  it('confirms with A and rejects with R on the focused suggestion, moving on to the next one', async () => {
    const fetch = renderMatching();
    const list = await screen.findByRole('list', { name: `Recommendations that may answer: ${ASK}` });
    const [first, second] = within(list).getAllByRole('listitem');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'a' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'r' });
    await waitFor(() =>
      expect(patches(fetch)).toEqual([
        ['m18', 'confirmed'],
        ['m19', 'rejected'],
      ]),
    );
    await waitFor(() => expect(first!.getAttribute('aria-label')).toBe('Recommendation 140.18, likely match 81 %, Confirmed'));
    expect(within(first!).getByRole('button', { name: 'Undo the decision on 140.18' })).toBeTruthy();
    // Letters typed with a modifier, or J/K, decide nothing.
    fireEvent.keyDown(first!, { key: 'a', ctrlKey: true });
    fireEvent.keyDown(first!, { key: 'j' });
    expect(document.activeElement).toBe(second);
    expect(patches(fetch)).toHaveLength(2);
  });

  it('decides with the buttons too', async () => {
    const fetch = renderMatching();
    fireEvent.click(await screen.findByRole('button', { name: 'Reject 140.19' }));
    await waitFor(() => expect(patches(fetch)).toEqual([['m19', 'rejected']]));
  });

  it('lets a viewer read and move through the suggestions but not decide', async () => {
    const fetch = renderMatching({ ...adminMe, role: 'viewer' });
    const list = await screen.findByRole('list', { name: `Recommendations that may answer: ${ASK}` });
    const [first] = within(list).getAllByRole('listitem');
    fireEvent.keyDown(first!, { key: 'a' });
    expect(screen.queryByRole('button', { name: /^Confirm/ })).toBeNull();
    expect(patches(fetch)).toEqual([]);
  });
});
