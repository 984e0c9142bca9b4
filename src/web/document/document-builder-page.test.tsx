// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdvocacyWorkspaceDto, KeyIssueDto } from '../../shared/contracts/advocacy.js';
import { createQueryClient } from '../api/query-client.js';
import { adminMe, campaignFixture } from '../test-fixtures.js';
import { renderApp, stubFetch } from '../test-utils.js';
import { DocumentBuilderPage } from './document-builder-page.js';

const campaign = campaignFixture();

function issue(n: number): KeyIssueDto {
  return {
    id: `i${n}`,
    position: n,
    title: `Пытки ${n}`,
    uprInfoIssues: [],
    summary: 'Омбудсмен получил 212 жалоб.',
    recommendations: [`Криминализировать пытки ${n}`],
    questions: [],
    references: [],
    updatedAt: '2026-12-01T10:00:00Z',
  };
}

function workspace(count: number): AdvocacyWorkspaceDto {
  return {
    campaignId: 'c1',
    settings: { language: 'ru', organisationName: 'Бюро', about: 'Мы защищаем права.', wordBudget: 15, contactName: '', contactEmail: 'info@bureau.kz', contactPhone: '' },
    issues: Array.from({ length: count }, (_, i) => issue(i + 1)),
    maxIssues: 4,
    wordCount: 0,
  };
}

function renderBuilder(count: number) {
  vi.stubGlobal(
    'fetch',
    vi.fn(stubFetch({ 'GET /api/campaigns/c1': [200, campaign], 'GET /api/campaigns/c1/advocacy': [200, workspace(count)], 'GET /api/issues': [200, []] })),
  );
  renderApp(<DocumentBuilderPage />, { route: '/campaigns/c1/document', path: '/campaigns/:id/document', me: adminMe, client: createQueryClient() });
}

describe('DocumentBuilderPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('previews the factsheet in the document language with numbered recommendations and only the chosen contact', async () => {
    renderBuilder(2);
    const preview = await screen.findByRole('article', { name: 'Preview of the document' });
    const sheet = within(preview);
    expect(preview.getAttribute('lang')).toBe('ru-RU');
    expect(sheet.getByText('Бюро')).toBeTruthy();
    expect(sheet.getByText(/Универсальный периодический обзор: Казахстан/)).toBeTruthy();
    expect(sheet.getByText('Пытки 2')).toBeTruthy();
    expect(sheet.getAllByText('Рекомендации')).toHaveLength(2);
    expect(sheet.getByText('Контакты: info@bureau.kz')).toBeTruthy();
    const lists = preview.querySelectorAll('ol');
    expect(lists[1]?.getAttribute('start')).toBe('2');
  });

  it('updates the preview and the word meter as you type, and says when the budget is exceeded', async () => {
    renderBuilder(1);
    const title = await screen.findByRole('textbox', { name: 'Heading' });
    fireEvent.change(title, { target: { value: 'Свобода собраний и мирных протестов в столице' } });
    expect(within(screen.getByRole('article')).getByText('Свобода собраний и мирных протестов в столице')).toBeTruthy();
    expect(screen.getByText(/words over budget/)).toBeTruthy();
    expect(screen.getByText('Unsaved changes are not in the downloads yet: save them first.')).toBeTruthy();
  });

  it('disables adding a fifth issue and says why', async () => {
    renderBuilder(4);
    const add = await screen.findByRole('button', { name: '+ Add a key issue' });
    expect(add.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/The document has 4 key issues, the most the strategy advises/)).toBeTruthy();
  });

  it('offers the first issue when there is none, and no export yet', async () => {
    renderBuilder(0);
    expect(await screen.findByText('No key issue yet')).toBeTruthy();
    expect(screen.getByText('Add a key issue to export the document.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '+ Add a key issue' }));
    expect(screen.getByRole('region', { name: 'New key issue' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a key issue' }).at(-1)!);
    expect(await screen.findByText('Fill in this field.')).toBeTruthy();
  });
});
