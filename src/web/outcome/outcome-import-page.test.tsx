// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutcomeDto } from '../../shared/contracts/outcome-campaign.js';
import type { OutcomeParseDto } from '../../shared/contracts/outcome.js';
import { createQueryClient } from '../api/query-client.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { OutcomeImportPage } from './outcome-import-page.js';
import { outcomeFixture } from './outcome-test-fixtures.js';

// What the server's parser answers for a few paragraphs of A/HRC/59/15 with a page break and a
// hyphenated word (test/fixtures/outcome/report-sample.txt).
const REPORT = `A/HRC/59/15
140.1 Ratify the International Convention on the Protection of the Rights of All Migrant Workers (Algeria) (Cabo Verde);
140.2 Ratify the Optional Protocol to the International Covenant on Econo-
mic, Social and Cultural Rights (Maldives, Portugal);
140.4 Lift restrictions on dual nationality (Türkiye);`;

const parse: OutcomeParseDto = {
  source: { fileName: null, kind: 'text' },
  recommendations: [
    {
      paragraph: '140.1',
      text: 'Ratify the International Convention on the Protection of the Rights of All Migrant Workers (Algeria) (Cabo Verde);',
      recommendingStates: ['DZA', 'CPV'],
      rawStates: ['Algeria', 'Cabo Verde'],
      confidence: 'high',
      problems: [],
      response: 'pending',
      line: 2,
    },
    {
      paragraph: '140.2',
      text: 'Ratify the Optional Protocol to the International Covenant on Econo mic, Social and Cultural Rights (Maldives, Portugal);',
      recommendingStates: ['MDV', 'PRT'],
      rawStates: ['Maldives', 'Portugal'],
      confidence: 'low',
      problems: ['the line-end hyphen in "Econo-mic" was resolved by a guess'],
      response: 'pending',
      line: 3,
    },
    {
      paragraph: '140.4',
      text: 'Lift restrictions on dual nationality (Türkiye);',
      recommendingStates: ['TUR'],
      rawStates: ['Türkiye'],
      confidence: 'high',
      problems: [],
      response: 'pending',
      line: 5,
    },
  ],
  leadIns: [],
  warnings: [
    { code: 'missing-paragraphs', line: 5, message: 'Paragraph 140.3 is missing between 140.2 and 140.4.', source: 'report' },
    {
      code: 'hyphenation',
      line: 3,
      paragraph: '140.2',
      message: '140.2: the line-end hyphen in "Econo-mic" was resolved by a guess.',
      source: 'report',
    },
  ],
};

const saved = { importId: 'i1', total: 2, added: 2, updated: 0, removed: 0, lobbyTasks: { created: 0, removed: 0 } };
const empty: OutcomeDto = {
  ...outcomeFixture(),
  import: null,
  recommendations: [],
  tasks: [],
  counts: { ...outcomeFixture().counts, total: 0 },
};

function renderImport(outcome: OutcomeDto, put: [number, unknown] = [200, saved]) {
  const fetch = vi.fn(
    stubFetch({
      'GET /api/campaigns/c1': [200, campaignFixture()],
      'GET /api/campaigns/c1/outcome': [200, outcome],
      'POST /api/campaigns/c1/outcome/preview': [200, parse],
      'PUT /api/campaigns/c1/outcome': put,
    }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<OutcomeImportPage />, {
    route: '/campaigns/c1/outcome',
    path: '/campaigns/:id/outcome',
    me: adminMe,
    client: createQueryClient(),
  });
  return fetch;
}

const bodyOf = (fetch: ReturnType<typeof vi.fn>, method: string) =>
  JSON.parse(String((fetch.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === method)?.[1] as RequestInit).body));

async function readReport() {
  fireEvent.change(await screen.findByLabelText('Text of the report'), { target: { value: REPORT } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the recommendations' }));
  return screen.findByRole('heading', { name: 'Check what was read' });
}

// The whole unit project runs in parallel on a loaded machine: give the first render time.
configure({ asyncUtilTimeout: 5000 });

describe('OutcomeImportPage', { timeout: 40_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each warning beside the paragraph it concerns and the others above the list', async () => {
    renderImport(empty);
    await readReport();
    expect(screen.getByText('Recommendations read: 3 · to check: 1. Correct what is wrong, then save.')).toBeTruthy();
    const row = screen.getByRole('list', { name: 'What to check in paragraph 140.2' });
    expect(within(row).getByText('A word split across lines was joined by a guess: check its spelling.')).toBeTruthy();
    expect(within(row).getByText('The line-end hyphen in "Econo-mic" was resolved by a guess.')).toBeTruthy();
    const general = screen.getByRole('list', { name: 'About the whole text' });
    expect(within(general).getByText('Paragraph numbers are missing: compare with the report and add them.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'What to check in paragraph 140.1' })).toBeNull();
    // The UN symbol is taken from the running header.
    expect((screen.getByLabelText(/UN symbol of the report/) as HTMLInputElement).value).toBe('A/HRC/59/15');
    fireEvent.click(screen.getByRole('switch', { name: 'Show only the rows to check (1)' }));
    expect(screen.queryByText(/Lift restrictions on dual nationality/)).toBeNull();
  });

  it('saves the rows as the user corrected them: a fixed text and States, a removed row, one added', async () => {
    const fetch = renderImport(empty);
    await readReport();
    fireEvent.click(screen.getByRole('button', { name: 'Correct paragraph 140.2' }));
    const editor = screen.getByRole('group', { name: 'Correct paragraph 140.2' });
    // The keyboard focus follows: into the editor, onto "Undo" after a removal.
    expect(document.activeElement).toBe(within(editor).getByLabelText(/^Paragraph/));
    fireEvent.change(within(editor).getByLabelText(/^Recommendation/), {
      target: {
        value: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives, Portugal);',
      },
    });
    fireEvent.click(within(editor).getByRole('button', { name: 'Done' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove paragraph 140.4' }));
    expect(screen.getByText('Paragraph 140.4 removed from the list.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));

    // A new row must have a text before the list can be saved.
    fireEvent.click(screen.getByRole('button', { name: 'Add a recommendation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the recommendations (3)' }));
    expect(await screen.findByText('Rows to correct before saving: 1. They are marked in red.')).toBeTruthy();
    expect(screen.getByText('The text cannot be empty.')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'PUT')).toBe(false);
    const added = screen.getByRole('group', { name: 'Correct paragraph 140.3' });
    fireEvent.change(within(added).getByLabelText(/^Recommendation/), { target: { value: 'Combat hate speech (Chile);' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save the recommendations (3)' }));
    expect(await screen.findByText('Recommendations: 2 · new: 2 · changed: 0 · removed: 0.')).toBeTruthy();
    const body = bodyOf(fetch, 'PUT');
    expect(body).toMatchObject({ documentSymbol: 'A/HRC/59/15', replace: false, fileName: null });
    expect(body.recommendations.map((r: { paragraph: string }) => r.paragraph)).toEqual(['140.1', '140.2', '140.3']);
    expect(body.recommendations[1]).toEqual({
      paragraph: '140.2',
      text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives, Portugal);',
      recommendingStates: ['MDV', 'PRT'],
      response: 'pending',
    });
    expect(body.recommendations[2]).toEqual({
      paragraph: '140.3',
      text: 'Combat hate speech (Chile);',
      recommendingStates: [],
      response: null,
    });
  });

  it('asks before replacing an outcome already saved, then saves with replace', async () => {
    const fetch = renderImport(outcomeFixture());
    expect(await screen.findByRole('heading', { name: 'Saved outcome: A/HRC/59/15' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read a newer version' }));
    await readReport();
    fireEvent.click(screen.getByRole('button', { name: 'Save the recommendations (3)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the saved outcome?' });
    // The saved 140.18, 140.19, 140.75 and 140.220 are not in the new list.
    expect(within(dialog).getByText(/Recommendations that would be deleted: 4\./)).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'PUT')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(bodyOf(fetch, 'PUT').replace).toBe(true));
  });

  it('puts a refused row back in front of the user with the reason, in words', async () => {
    renderImport(empty, [
      400,
      { error: { code: 'validation', message: 'x', details: { issues: [{ path: 'recommendations.2.paragraph', message: 'duplicate' }] } } },
    ]);
    await readReport();
    fireEvent.click(screen.getByRole('button', { name: 'Save the recommendations (3)' }));
    expect(await screen.findByText('This paragraph number is used twice.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Correct paragraph 140.4' })).toBeTruthy();
  });

  it('refuses a file type it cannot read before uploading it', async () => {
    const fetch = renderImport(empty);
    fireEvent.click(await screen.findByRole('radio', { name: 'Upload a file' }));
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'report.rtf', { type: 'application/rtf' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the recommendations' }));
    expect(await screen.findByText(/This type of file cannot be read/)).toBeTruthy();
    expect(fetch.mock.calls.some(([url]) => String(url).includes('/preview'))).toBe(false);
  });
});
