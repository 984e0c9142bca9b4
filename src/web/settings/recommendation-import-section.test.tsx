// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminMe } from '../test-fixtures.js';
import { renderApp } from '../test-utils.js';
import { importRecommendationFile } from './import-stream.js';
import { RecommendationImportSection } from './recommendation-import-section.js';

const result = {
  importId: 'i1',
  fileName: 'upr.csv',
  format: 'csv',
  scheme: 'upr-info',
  rowsRead: 12_000,
  recommendationsInFile: 11_500,
  recommendationsAdded: 11_400,
  duplicates: 100,
  statesAdded: 0,
  issuesAdded: 0,
  skipped: [{ line: 7, reason: 'unknown State "Atlantis"' }],
  skippedCount: 1,
  warnings: ['line 9: the same recommendation as line 8 has response noted (kept supported)'],
};

const badRowsError = {
  type: 'error',
  error: {
    code: 'validation',
    message: 'upr.csv: line 7: unknown State "Atlantis". Nothing was imported.',
    details: {
      field: 'file',
      badRows: 2,
      issues: [
        { path: 'line 7', message: 'unknown State "Atlantis"' },
        { path: 'line 12', message: 'no text' },
      ],
    },
  },
};

/** A streamed NDJSON answer whose lines the test releases one at a time. */
function controlledStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'application/x-ndjson' } }),
    send: (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`)),
    end: () => controller.close(),
  };
}

function ndjson(lines: unknown[]): Response {
  return new Response(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), {
    status: 200,
    headers: { 'Content-Type': 'application/x-ndjson' },
  });
}

function chooseFile(container: HTMLElement, name = 'upr.csv') {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File(['Recommendation,State under Review\n'], name, { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('importRecommendationFile (the NDJSON reader)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports each progress line and resolves with the result, even when a line is split across chunks', async () => {
    const text = [
      { type: 'progress', rows: 5000, rowsPerSecond: 5000, phase: 'reading' },
      { type: 'progress', rows: 12000, rowsPerSecond: 5800, phase: 'writing' },
      { type: 'result', result },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        // Chunks cut in the middle of lines (and of a multi-byte character would be too).
        for (let i = 0; i < bytes.length; i += 17) c.enqueue(bytes.slice(i, i + 17));
        c.close();
      },
    });
    const fetch = vi.fn(async () => new Response(body, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const seen: number[] = [];
    const answer = await importRecommendationFile({
      file: new Blob(['x']),
      fileName: 'upr.csv',
      skipBadRows: false,
      onProgress: (p) => seen.push(p.rows),
    });
    expect(seen).toEqual([5000, 12000]);
    expect(answer.recommendationsAdded).toBe(11_400);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/admin/recommendations/import?fileName=upr.csv&skipBadRows=false');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/octet-stream');
  });

  it('turns a refusal before the stream (403) into a translated error', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'forbidden', message: 'no' } }), { status: 403 }));
    await expect(
      importRecommendationFile({ file: new Blob(['x']), fileName: 'a.csv', skipBadRows: false, onProgress: () => {} }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('RecommendationImportSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the file size, the progress (rows and rows per second) and then the summary', async () => {
    const stream = controlledStream();
    const fetch = vi.fn(async () => stream.response);
    vi.stubGlobal('fetch', fetch);
    const { container } = renderApp(<RecommendationImportSection />, { me: adminMe });
    chooseFile(container);
    expect(screen.getByText(/Size: \d+ bytes/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    stream.send({ type: 'progress', rows: 12000, rowsPerSecond: 5800, phase: 'reading' });
    expect(await screen.findByText('12,000 rows · 5,800 rows/s')).toBeTruthy();
    expect(screen.getByText('Reading the rows')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeTruthy();

    stream.send({ type: 'progress', rows: 6000, rowsPerSecond: 3000, phase: 'writing' });
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50'));

    stream.send({ type: 'result', result });
    stream.end();
    expect(await screen.findByText('Import finished')).toBeTruthy();
    const summary = screen.getByRole('table', { name: 'Import summary' });
    expect(summary.textContent).toContain('Recommendations added11,400');
    expect(summary.textContent).toContain('Already in the database100');
    expect(screen.getByText('Line 7: unknown State "Atlantis"')).toBeTruthy();
    expect(screen.getByText(/line 9: the same recommendation/)).toBeTruthy();
  });

  it('lists the bad lines of a failed import and retries skipping them', async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL) =>
      String(input).includes('skipBadRows=true')
        ? ndjson([
            { type: 'progress', rows: 12000, rowsPerSecond: 6000, phase: 'reading' },
            { type: 'result', result },
          ])
        : ndjson([{ type: 'progress', rows: 12000, rowsPerSecond: 6000, phase: 'reading' }, badRowsError]),
    );
    vi.stubGlobal('fetch', fetch);
    const { container } = renderApp(<RecommendationImportSection />, { me: adminMe });
    chooseFile(container);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some rows cannot be read; nothing was imported');
    expect(alert.textContent).toContain('Bad rows: 2.');
    expect(screen.getByText('Line 7: unknown State "Atlantis"')).toBeTruthy();
    expect(screen.getByText('Line 12: no text')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import anyway, skipping bad rows' }));
    expect(await screen.findByText('Import finished')).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(String(fetch.mock.calls[1]?.[0])).toContain('skipBadRows=true');
  });

  it('refuses a file of another type before uploading', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { container } = renderApp(<RecommendationImportSection />, { me: adminMe });
    chooseFile(container, 'notes.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose a .csv, .csv.gz, .xlsx, .json or .docx file.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
