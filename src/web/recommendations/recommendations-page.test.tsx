// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecommendationSearchResultDto } from '../../shared/contracts/recommendations.js';
import { i18n } from '../i18n/i18n.js';
import { adminMe } from '../test-fixtures.js';
import { renderApp } from '../test-utils.js';
import { useLocation } from 'react-router';
import { RecommendationsPage } from './recommendations-page.js';

function result(patch: Partial<RecommendationSearchResultDto> = {}): RecommendationSearchResultDto {
  return {
    total: 2,
    page: 1,
    pageSize: 20,
    items: [
      {
        id: 'r1',
        cycle: 3,
        session: 35,
        surIso3: 'KEN',
        text: 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure',
        response: 'noted',
        actionCategory: 5,
        issues: ['Rights of the Child'],
        recommendingStates: ['FRA', 'DEU'],
        paragraph: '142.12',
        document: 'A/HRC/44/9',
      },
    ],
    facets: {
      sur: [
        { value: 'KEN', count: 120 },
        { value: 'UGA', count: 80 },
      ],
      rs: [{ value: 'FRA', count: 50 }],
      surGroup: [{ value: 'African', count: 200 }],
      rsGroup: [{ value: 'WEOG', count: 150 }],
      cycle: [{ value: 3, count: 200 }],
      session: [{ value: 35, count: 200 }],
      response: [
        { value: 'supported', count: 150 },
        { value: 'noted', count: 50 },
      ],
      issue: [{ value: 'Rights of the Child', count: 200 }],
      actionCategory: [{ value: 5, count: 200 }],
    },
    ...patch,
  };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderSearch(route: string, answer = result()) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(answer), { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  renderApp(
    <>
      <RecommendationsPage />
      <LocationProbe />
    </>,
    { route, path: '/recommendations', me: adminMe },
  );
  const apiCalls = () => fetch.mock.calls.map(([input]) => new URL(String(input), 'http://localhost'));
  return { fetch, apiCalls };
}

describe('RecommendationsPage', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('shows the results with State names, the translated response and the issues', async () => {
    renderSearch('/recommendations?q=child');
    expect(await screen.findByText('Recommendations found: 2')).toBeTruthy();
    const item = screen.getByRole('article', { name: 'Recommendation to Kenya' });
    expect(within(item).getByText('Noted')).toBeTruthy();
    expect(within(item).getByText('France and Germany')).toBeTruthy();
    expect(within(item).getByText('Rights of the child')).toBeTruthy();
    expect(within(item).getByText(/Session 35 · Cycle 3 \(2017–2022\)/)).toBeTruthy();
  });

  it('ticking a facet value puts the filter in the URL and asks the server again, back on page 1', async () => {
    const { apiCalls } = renderSearch('/recommendations?q=child&page=3');
    await screen.findByText('Recommendations found: 2');
    expect(apiCalls()[0]?.searchParams.get('page')).toBe('3');
    // Phones and narrow windows keep the filters behind a button, with only the panels in use open.
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(await screen.findByRole('button', { name: 'State under review' }));
    const sur = await screen.findByRole('group', { name: 'State under review' });
    fireEvent.click(within(sur).getByRole('checkbox', { name: /Uganda/ }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/recommendations?q=child&sur=UGA'));
    await waitFor(() => expect(apiCalls().some((url) => url.searchParams.getAll('sur').join() === 'UGA')).toBe(true));
    const last = apiCalls().at(-1);
    expect(last?.pathname).toBe('/api/recommendations');
    expect(last?.searchParams.get('q')).toBe('child');
    expect(last?.searchParams.get('page')).toBe('1');
    expect(last?.searchParams.get('sort')).toBe('relevance');

    // The active filter shows as a chip; removing it takes it out of the URL again.
    fireEvent.click(await screen.findByRole('button', { name: 'Remove filter: Uganda' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/recommendations?q=child'));
  });

  it('keeps the query in the export links', async () => {
    renderSearch('/recommendations?q=torture&response=noted');
    await screen.findByText('Recommendations found: 2');
    const csv = screen.getByRole('link', { name: 'Export CSV' });
    expect(csv.getAttribute('href')).toBe('/api/recommendations/export.csv?q=torture&response=noted&sort=relevance');
    expect(screen.getByRole('link', { name: 'Export Excel' }).getAttribute('href')).toContain('/api/recommendations/export.xlsx?q=torture');
  });

  it('offers the import to admins when the database is empty', async () => {
    renderSearch('/recommendations', result({ total: 0, items: [] }));
    expect(await screen.findByText('No recommendations yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import the UPR Info database' }).getAttribute('href')).toBe('/settings?tab=recommendations');
  });

  it('says that nothing matches and offers to remove the filters', async () => {
    renderSearch('/recommendations?sur=KEN', result({ total: 0, items: [] }));
    expect(await screen.findByText('Nothing matches')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove all filters' })[0]!);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/recommendations'));
  });

  it('names States and responses in Russian', async () => {
    await i18n.changeLanguage('ru');
    renderSearch('/recommendations?q=child');
    const item = await screen.findByRole('article', { name: 'Рекомендация государству Кения' });
    expect(within(item).getByText('Принята к сведению')).toBeTruthy();
    expect(within(item).getByText('Франция и Германия')).toBeTruthy();
  });
});
