// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminMe } from '../test-fixtures.js';
import { renderApp } from '../test-utils.js';
import { AuditLogSection } from './audit-log-section.js';
import { OrganisationExportSection } from './organisation-export-section.js';

const entry = (id: number) => ({
  id,
  at: '2026-11-27T09:00:00.000Z',
  actorName: id % 2 ? 'Aigerim Admin' : null,
  action: 'campaign.update',
  objectType: 'campaign',
  objectId: `c${id}`,
  changes: { name: `Name ${id}` },
});

describe('AuditLogSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pages back 50 entries at a time from the last id shown, until a short page', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      asked.push(`${url.pathname}${url.search}`);
      const before = Number(url.searchParams.get('before') ?? 1000);
      const ids = before === 1000 ? Array.from({ length: 50 }, (_, i) => 200 - i) : [150, 149, 148];
      return new Response(JSON.stringify(ids.map(entry)), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    renderApp(<AuditLogSection />, { me: adminMe });
    expect((await screen.findAllByText('{"name":"Name 200"}')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('System').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show older changes' }));
    expect((await screen.findAllByText('{"name":"Name 148"}')).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show older changes' })).toBeNull());
    expect(asked).toEqual(['/api/audit?limit=50', '/api/audit?limit=50&before=151']);
  }, 20_000);

  it('offers the organisation export as a download link', () => {
    renderApp(<OrganisationExportSection />, { me: adminMe });
    const link = screen.getByRole('link', { name: 'Download all data (JSON)' });
    expect(link.getAttribute('href')).toBe('/api/admin/organisation-export');
    expect(link.hasAttribute('download')).toBe(true);
  });
});
