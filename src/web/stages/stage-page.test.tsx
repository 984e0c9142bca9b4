// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planTexts } from '../../core/strategy/stage-texts.js';
import { createQueryClient } from '../api/query-client.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { StagePage } from './stage-page.js';

const campaign = campaignFixture('2027-01-20', '2026-11-27');
const texts = planTexts('en').stages.embassies;
const members = [
  { id: 'm1', userId: 'u1', name: 'Aigerim Bekova', email: 'aigerim@example.org', role: 'admin', createdAt: '2026-11-01T00:00:00Z' },
];

function renderStage(patch: [number, unknown]) {
  const fetch = vi.fn(
    stubFetch({
      'GET /api/campaigns/c1': [200, campaign],
      'GET /api/members': [200, members],
      'PATCH /api/campaigns/c1/tasks/embassies/find-upr-contact': patch,
    }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<StagePage />, {
    route: '/campaigns/c1/stages/embassies',
    path: '/campaigns/:id/stages/:stageKey',
    me: adminMe,
    client: createQueryClient(),
  });
  return fetch;
}

describe('StagePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the stage, its tasks, notes and tips', async () => {
    renderStage([200, {}]);
    expect(await screen.findByRole('heading', { level: 1, name: texts.title })).toBeTruthy();
    for (const text of Object.values(texts.tasks)) expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByText(texts.notes['no-upr-person'] ?? '')).toBeTruthy();
    expect(screen.getByText(texts.tips['group-briefing'] ?? '')).toBeTruthy();
    expect(screen.getAllByText('Missed, still worth doing').length).toBeGreaterThan(0);
  });

  it('ticks a task before the server answers and sends the change as JSON', async () => {
    const task = campaign.stages.find((s) => s.key === 'embassies')?.tasks[0];
    const fetch = renderStage([200, { ...task, done: true }]);
    const stubbed = fetch.getMockImplementation() as typeof globalThis.fetch;
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    fetch.mockImplementation(async (input, init) => {
      if (init?.method === 'PATCH') await answered;
      return stubbed(input, init);
    });
    const box = await screen.findByRole('checkbox', { name: texts.tasks['find-upr-contact'] });
    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect(screen.getByText('Saving…')).toBeTruthy();
    answer();
    await waitFor(() => expect(screen.getByText('✓ Saved')).toBeTruthy());
    const call = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(call?.[1]?.body).toBe('{"done":true}');
    expect((call?.[1]?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('rolls the tick back and says why when the server refuses', async () => {
    renderStage([403, { error: { code: 'forbidden', message: 'no' } }]);
    const box = await screen.findByRole('checkbox', { name: texts.tasks['find-upr-contact'] });
    fireEvent.click(box);
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    expect(await screen.findByText('Your role does not allow this action. Ask an administrator.')).toBeTruthy();
  });
});
