// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '../../shared/contracts/index.js';
import type { ChannelDto, FollowUpDto, LoggedInteractionDto, OutreachBoardDto } from '../../shared/contracts/outreach.js';
import { createQueryClient } from '../api/query-client.js';
import { formatDate } from '../i18n/format.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { OutreachBoardPage } from './outreach-board-page.js';

const campaign = campaignFixture(); // today: 2026-12-10

function channel(kind: ChannelDto['kind'], patch: Partial<ChannelDto> = {}): ChannelDto {
  return { id: null, kind, status: 'not-contacted', city: '', email: '', phone: '', note: '', posts: [], lastInteraction: null, nextFollowUp: null, ...patch };
}

const followUp = (patch: Partial<FollowUpDto>): FollowUpDto => ({
  id: 'f1', campaignId: 'c1', channelId: 'ch-fra-m', stateIso3: 'FRA', stateName: 'France', channelKind: 'mission', kind: 'follow-up-call',
  dueDate: '2026-12-08', note: '', doneAt: null, ...patch,
});

const board: OutreachBoardDto = {
  campaignId: 'c1',
  targets: [
    {
      iso3: 'DEU', name: 'Germany', regionalGroup: 'WEOG', euMember: true,
      channels: {
        embassy: channel('embassy', {
          id: 'ch-deu-e',
          status: 'contact-found',
          posts: [
            {
              id: 'p1', title: 'UPR focal point',
              current: { id: 'anna', name: 'Anna Schmidt', email: 'anna@diplo.de', phone: '', note: '', since: '2026-01-05', until: null },
              previous: [{ id: 'jonas', name: 'Jonas Weber', email: '', phone: '', note: '', since: '2023-02-01', until: '2026-01-04' }],
            },
          ],
          lastInteraction: { date: '2026-12-01', kind: 'call' },
        }),
        mission: channel('mission'),
      },
    },
    {
      iso3: 'FRA', name: 'France', regionalGroup: 'WEOG', euMember: true,
      channels: {
        embassy: channel('embassy'),
        mission: channel('mission', { id: 'ch-fra-m', status: 'document-sent', nextFollowUp: followUp({}) }),
      },
    },
  ],
};

const created = followUp({ id: 'f2', channelId: 'ch-deu-e', stateIso3: 'DEU', stateName: 'Germany', channelKind: 'embassy', dueDate: '2026-12-17' });
const logged: LoggedInteractionDto = {
  interaction: { id: 'i1', channelId: 'ch-deu-e', kind: 'document-sent', date: '2026-12-10', personId: 'anna', personName: 'Anna Schmidt', briefingId: null, note: '', createdAt: '2026-12-10T09:00:00Z' },
  status: 'document-sent',
  followUp: created,
  completedFollowUps: [],
  genevaWarning: null,
};

function renderBoard(options: { me?: MeResponse; routes?: Record<string, [number, unknown]>; boardData?: OutreachBoardDto } = {}) {
  const fetch = vi.fn(
    stubFetch({
      'GET /api/campaigns/c1': [200, campaign],
      'GET /api/campaigns/c1/outreach': [200, options.boardData ?? board],
      'GET /api/campaigns/c1/follow-ups': [200, [followUp({})]],
      'GET /api/campaigns/c1/briefings': [200, []],
      ...options.routes,
    }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<OutreachBoardPage />, { route: '/campaigns/c1/outreach', path: '/campaigns/:id/outreach', me: options.me ?? adminMe, client: createQueryClient() });
  return fetch;
}

/** Dates as the page writes them in this test browser's English. */
const day = (iso: string) => formatDate(iso, 'en');

/** A wide screen: the board is a table with one row per State (phones get one card per State). */
function wideScreen() {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('min-width'), media: query, addEventListener: () => {}, removeEventListener: () => {}, addListener: () => {}, removeListener: () => {}, onchange: null, dispatchEvent: () => false }));
}

const calls = (fetch: ReturnType<typeof vi.fn>, method: string) => fetch.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === method);

// Modals and selects of Mantine take seconds in jsdom when the whole unit project runs in parallel.
describe('OutreachBoardPage', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each target State with its embassy and mission: status in words, people with history, contacts and follow-ups', async () => {
    wideScreen();
    renderBoard();
    expect(await screen.findByRole('heading', { level: 1, name: 'Outreach: embassies and Geneva missions' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Target States with their embassy and Geneva mission' });
    const germany = within(table).getByRole('rowheader', { name: /Germany/ }).closest('tr')!;
    expect(within(germany).getByText('2/6 · Contact found')).toBeTruthy();
    expect(within(germany).getByText('UPR focal point')).toBeTruthy();
    expect(within(germany).getByText(/Anna Schmidt/)).toBeTruthy();
    expect(within(germany).getByText(`Call, 9 days ago · ${day('2026-12-01')}`)).toBeTruthy();
    const history = within(germany).getByRole('button', { name: /Former holders \(1\)/ });
    expect(history.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(history);
    expect(within(germany).getByText(/Jonas Weber/)).toBeTruthy();

    const france = within(table).getByRole('rowheader', { name: /France/ }).closest('tr')!;
    expect(within(france).getByText(`2 days ago · ${day('2026-12-08')}`)).toBeTruthy();
    expect(within(france).getAllByText('Overdue').length).toBeGreaterThan(0);
    const followUps = await screen.findByRole('list', { name: 'Open follow-ups' });
    expect(within(followUps).getByRole('checkbox', { name: 'Follow-up call: France — Geneva mission' })).toBeTruthy();
  });

  it('reads the done follow-ups only when asked for, and lists them ticked', async () => {
    const done = followUp({ id: 'f0', stateIso3: 'DEU', stateName: 'Germany', channelKind: 'embassy', dueDate: '2026-11-20', doneAt: '2026-11-21T10:00:00Z' });
    const fetch = renderBoard({ routes: { 'GET /api/campaigns/c1/follow-ups?done=true': [200, [done]] } });
    await screen.findByRole('list', { name: 'Open follow-ups' });
    const asked = () => fetch.mock.calls.filter(([url]) => String(url).includes('follow-ups?done=true'));
    expect(asked()).toHaveLength(0);
    const show = screen.getByRole('button', { name: 'Show done' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    const list = await screen.findByRole('list', { name: 'Done follow-ups' });
    expect((within(list).getByRole('checkbox', { name: 'Follow-up call: Germany — Embassy' }) as HTMLInputElement).checked).toBe(true);
    expect(asked()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Hide done' }));
    expect(screen.queryByRole('list', { name: 'Done follow-ups' })).toBeNull();
  });

  it('keeps a ticked follow-up ticked until the fresh list takes it away', async () => {
    const served = stubFetch({
      'GET /api/campaigns/c1': [200, campaign],
      'GET /api/campaigns/c1/outreach': [200, board],
      'GET /api/campaigns/c1/briefings': [200, []],
      'PATCH /api/campaigns/c1/follow-ups/f1': [204, null],
    });
    // The open list is served at once the first time; after the tick, only when the test says so.
    let ticked = false;
    let serveFreshList = () => {};
    const freshList = new Promise<void>((resolve) => (serveFreshList = resolve));
    const respond = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PATCH') ticked = true;
      if (String(input) !== '/api/campaigns/c1/follow-ups') return served(input, init);
      if (!ticked) return respond([followUp({})]);
      await freshList;
      return respond([]);
    });
    renderApp(<OutreachBoardPage />, { route: '/campaigns/c1/outreach', path: '/campaigns/:id/outreach', me: adminMe, client: createQueryClient() });
    const box = (await screen.findByRole('checkbox', { name: 'Follow-up call: France — Geneva mission' })) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(ticked).toBe(true));
    // The change is saved and the list is being read again: the box must not flick back to empty.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box.checked).toBe(true);
    serveFreshList();
    expect(await screen.findByText(/^No open follow-up\./)).toBeTruthy();
  });

  it('says so when no follow-up is done yet', async () => {
    renderBoard({ routes: { 'GET /api/campaigns/c1/follow-ups?done=true': [200, []] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Show done' }));
    expect(await screen.findByText('None done yet.')).toBeTruthy();
  });

  it('logs "document sent" in one click from the row and shows the follow-up call it created', async () => {
    const fetch = renderBoard({ routes: { 'POST /api/campaigns/c1/outreach/DEU/embassy/interactions': [201, logged] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Log interaction with Germany — Embassy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log interaction — Germany — Embassy' });
    // The next step after "contact found" is preselected, and the only current holder too.
    expect(within(dialog).getByText('You sent the advocacy document: a follow-up call is planned 7 days later.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls(fetch, 'POST')).toHaveLength(1));
    const body = JSON.parse(String(calls(fetch, 'POST')[0]![1]!.body));
    expect(body).toMatchObject({ kind: 'document-sent', personId: 'anna', meetingDate: null });
    expect(await screen.findByText(new RegExp(`Follow-up call due on ${day('2026-12-17')}\\.`))).toBeTruthy();
  });

  it('warns when a mission date falls in a Geneva session and moves the follow-up in one click', async () => {
    const warned: LoggedInteractionDto = {
      ...logged,
      followUp: { ...created, channelKind: 'mission', stateIso3: 'FRA', dueDate: '2027-03-02' },
      genevaWarning: {
        date: '2027-03-02',
        conflicts: [{ kind: 'hrc', number: 64, start: '2027-02-22', end: '2027-04-02' }],
        nearestBefore: '2027-02-21',
        nearestAfter: '2027-04-03',
        suggested: [{ start: '2026-12-01', end: '2027-02-21' }],
      },
    };
    const fetch = renderBoard({
      routes: { 'POST /api/campaigns/c1/outreach/FRA/mission/interactions': [201, warned], 'PATCH /api/campaigns/c1/follow-ups/f2': [204, null] },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Log interaction with France — Geneva mission' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));
    const alert = (await screen.findByText(`Geneva is busy on ${day('2027-03-02')}`)).closest<HTMLElement>('[role="alert"]')!;
    expect(within(alert).getByText(/session 64 of the Human Rights Council/)).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: `Move the follow-up call to ${day('2027-02-21')}` }));
    await waitFor(() => expect(calls(fetch, 'PATCH')).toHaveLength(1));
    expect(String(calls(fetch, 'PATCH')[0]![0])).toBe('/api/campaigns/c1/follow-ups/f2');
    expect(calls(fetch, 'PATCH')[0]![1]!.body).toBe('{"dueDate":"2027-02-21"}');
  });

  it('offers the target finder when the campaign has no targets yet', async () => {
    renderBoard({ boardData: { campaignId: 'c1', targets: [] } });
    expect(await screen.findByText('No targets yet — find States that care about your issues')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find target States' }).getAttribute('href')).toBe('/campaigns/c1/targets');
  });

  it('is read-only for a viewer: no logging, no menus, follow-ups cannot be ticked', async () => {
    renderBoard({ me: { ...adminMe, role: 'viewer' } });
    expect(await screen.findByText('Your role can read the board but not change it.')).toBeTruthy();
    // On a phone: one card per State.
    const cards = await screen.findByRole('list', { name: 'Target States with their embassy and Geneva mission' });
    const germany = within(cards).getByRole('heading', { name: 'Germany' }).closest('li')!;
    expect(within(germany).getByText('2/6 · Contact found')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Log interaction/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import contacts' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Actions for the post/ })).toBeNull();
    const box = await screen.findByRole('checkbox', { name: 'Follow-up call: France — Geneva mission' });
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe('/api/campaigns/c1/contacts.csv');
  });
});
