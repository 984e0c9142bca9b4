// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CampaignSummaryDto, DashboardDto } from '../../shared/contracts/index.js';
import { createQueryClient } from '../api/query-client.js';
import { i18n } from '../i18n/i18n.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { DashboardPage } from './dashboard-page.js';

const campaign: CampaignSummaryDto = campaignFixture('2027-01-20', '2026-11-27');

const emptyWeek: DashboardDto = {
  today: '2026-11-27',
  weekEnd: '2026-12-03',
  dueThisWeek: [],
  overdue: [],
  blackoutsSoon: [],
  followUpsDue: [],
  followUpsDueTotal: 0,
  meetingsAhead: [],
};

const busyWeek: DashboardDto = {
  ...emptyWeek,
  followUpsDue: [
    {
      id: 'f1',
      campaignId: 'c1',
      campaignName: 'Kazakhstan 2027',
      stateIso3: 'FRA',
      stateName: 'France',
      channelKind: 'embassy',
      kind: 'follow-up-call',
      due: '2026-11-20',
      overdue: true,
    },
  ],
  followUpsDueTotal: 1,
  meetingsAhead: [
    {
      id: 'f2',
      campaignId: 'c1',
      campaignName: 'Kazakhstan 2027',
      date: '2026-12-02',
      kind: 'meeting',
      stateIso3: 'DEU',
      stateName: 'Germany',
      channelKind: 'mission',
    },
    {
      id: 'b1',
      campaignId: 'c1',
      campaignName: 'Kazakhstan 2027',
      date: '2026-12-10',
      kind: 'briefing',
      title: 'EU briefing',
      venue: 'geneva',
    },
  ],
};

function renderDashboard(dashboard: DashboardDto, campaigns: CampaignSummaryDto[] = [campaign]) {
  vi.stubGlobal(
    'fetch',
    stubFetch({ 'GET /api/dashboard': [200, dashboard], 'GET /api/campaigns': [200, campaigns], 'GET /api/members': [200, []] }),
  );
  renderApp(<DashboardPage />, { route: '/', me: adminMe, client: createQueryClient() });
}

const section = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

describe('DashboardPage: outreach', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('lists follow-ups due and meetings ahead, each linking to the outreach board', async () => {
    renderDashboard(busyWeek);
    const due = within(await section('Follow-ups due'));
    const france = due.getByRole('link', { name: 'France — Embassy' });
    expect(france.getAttribute('href')).toBe('/campaigns/c1/outreach');
    expect(due.getByText('Follow-up call')).toBeTruthy();
    expect(due.getByText('Overdue')).toBeTruthy();
    expect(due.queryByText(/The others are on/)).toBeNull(); // all of them are listed

    const meetings = within(await section('Meetings in the next 30 days'));
    expect(meetings.getByRole('link', { name: 'Germany — Geneva mission' }).getAttribute('href')).toBe('/campaigns/c1/outreach');
    expect(meetings.getByRole('link', { name: 'EU briefing' }).getAttribute('href')).toBe('/campaigns/c1/outreach');
    expect(meetings.getByText('Briefing')).toBeTruthy();
    expect(meetings.queryByText('Overdue')).toBeNull();
  });

  it('counts every follow-up due and says where the ones not listed are when there are more than the dashboard lists', async () => {
    renderDashboard({ ...busyWeek, followUpsDueTotal: 240 });
    const due = within(await section('Follow-ups due'));
    expect(due.getByText('240')).toBeTruthy();
    expect(due.getByText('The 1 due soonest of 240. The others are on each campaign’s outreach board.')).toBeTruthy();
  });

  it('offers the next step when nothing is due: the outreach board of the only campaign', async () => {
    renderDashboard(emptyWeek);
    const due = within(await section('Follow-ups due'));
    expect(due.getByText(/No follow-up calls due/)).toBeTruthy();
    expect(due.getByRole('link', { name: 'Open the outreach board' }).getAttribute('href')).toBe('/campaigns/c1/outreach');
    const meetings = within(await section('Meetings in the next 30 days'));
    expect(meetings.getByText(/No meetings or briefings ahead/)).toBeTruthy();
  });

  it('sends to the campaign list when there are several campaigns, in Russian too', async () => {
    await i18n.changeLanguage('ru');
    renderDashboard(emptyWeek, [campaign, { ...campaign, id: 'c2', name: 'Uzbekistan' }]);
    const due = within(await section('Пора связаться'));
    expect(due.getByRole('link', { name: 'Открыть кампании' }).getAttribute('href')).toBe('/campaigns');
    expect(within(await section('Встречи в ближайшие 30 дней')).getByText(/Встреч и брифингов впереди нет/)).toBeTruthy();
  });
});
