// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactsImportResultDto, ContactsPreviewDto } from '../../shared/contracts/contacts.js';
import { adminMe } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { ContactsImportModal } from './contacts-import-modal.js';

const preview: ContactsPreviewDto = {
  fileName: 'kontakty.csv',
  columns: ['Страна', 'Канал', 'Должность', 'ФИО', 'Заметки'],
  suggestedMapping: { state: 0, channel: 1, post: 2, name: 3, email: null, phone: null, note: 4, since: null, until: null },
  sampleRows: [['Германия', 'Посольство', 'Посол', 'Ханс Мюллер', '']],
  rowCount: 2,
};

const result: ContactsImportResultDto = {
  fileName: 'kontakty.csv', rowsRead: 2, peopleAdded: 2, alreadyPresent: 0, postsCreated: 2, targetsAdded: [{ iso3: 'BRA', name: 'Brazil' }],
};

function render(importAnswer: [number, unknown]) {
  const fetch = vi.fn(
    stubFetch({ 'POST /api/campaigns/c1/contacts/preview': [200, preview], 'POST /api/campaigns/c1/contacts/import': importAnswer }),
  );
  vi.stubGlobal('fetch', fetch);
  renderApp(<ContactsImportModal campaignId="c1" onClose={() => {}} />, { me: adminMe });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File(['Страна;Канал\n'], 'kontakty.csv', { type: 'text/csv' })] } });
  return fetch;
}

/** The shown value of the mapping select of a field. */
const selected = (label: RegExp) =>
  screen.getAllByLabelText(label).find((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type !== 'hidden')?.value;

// Modals and selects of Mantine take seconds in jsdom when the whole unit project runs in parallel.
describe('ContactsImportModal', { timeout: 20_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('previews the file with the suggested mapping, then imports with the mapping in the query', async () => {
    const fetch = render([201, result]);
    expect(await screen.findByText('Contacts in the file: 2')).toBeTruthy();
    expect(selected(/State \(name or code\)/)).toBe('Column 1: Страна');
    expect(selected(/^Name/)).toBe('Column 4: ФИО');
    expect(selected(/^E-mail/)).toBe('');
    expect(screen.getByText('Ханс Мюллер')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 contacts' }));
    await waitFor(() => expect(fetch.mock.calls).toHaveLength(2));
    const [url, init] = fetch.mock.calls[1]!;
    expect(String(url)).toBe('/api/campaigns/c1/contacts/import?fileName=kontakty.csv&mapping=state%3A0%2Cchannel%3A1%2Cpost%3A2%2Cname%3A3%2Cnote%3A4');
    expect((init as RequestInit).headers).toMatchObject({ 'Content-Type': 'application/octet-stream' });
    const done = (await screen.findByText('Contacts imported')).closest<HTMLElement>('[role="status"]')!;
    expect(within(done).getByText('Added to the target States: Brazil')).toBeTruthy();
    expect(within(done).getByText('People added: 2')).toBeTruthy();
  });

  it('lists the rows to correct, in words, when the server refuses the file', async () => {
    const refused = {
      error: {
        code: 'validation',
        message: '2 row(s) of the file have problems; nothing was imported.',
        details: {
          badRows: 2,
          rowErrors: [
            { row: 3, field: 'state', problem: 'unknown-state', value: 'Атлантида' },
            { row: 5, field: 'channel', problem: 'unknown-channel', value: 'Консульство' },
          ],
        },
      },
    };
    render([400, refused]);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 contacts' }));
    expect(await screen.findByText('Nothing was imported')).toBeTruthy();
    expect(screen.getByText('Rows with problems: 2. Correct them in your file and import it again.')).toBeTruthy();
    expect(
      screen.getByText('Row 3, State (name or code): “Атлантида” is not a State we know; use its English or Russian name or its ISO3 code'),
    ).toBeTruthy();
    expect(screen.getByText(/Row 5, Embassy or mission: “Консульство” is neither/)).toBeTruthy();
  });
});
