// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { planTexts } from '../../../core/strategy/stage-texts.js';
import { i18n } from '../../i18n/i18n.js';
import { adminMe, campaignFixture } from '../../test-fixtures.js';
import { renderApp } from '../../test-utils.js';
import { Timeline } from './timeline.js';

describe('Timeline', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('renders every stage of the whole cycle as a link with its title, dates and status', () => {
    // Today lies 17 months before the review: the default zoom is the whole cycle.
    const campaign = campaignFixture('2027-05-14', '2025-12-10');
    renderApp(<Timeline campaign={campaign} />, { me: adminMe });
    const region = screen.getByRole('region', { name: /campaign timeline/i });
    const links = within(region).getAllByRole('link');
    const texts = planTexts('en').stages;
    const visible = campaign.stages.filter((s) => s.start <= '2031-05-14');
    expect(links).toHaveLength(visible.length);
    for (const stage of visible) {
      const link = within(region).getByRole('link', { name: new RegExp(`^${texts[stage.key].title}:`) });
      expect(link.getAttribute('href')).toBe(`/campaigns/c1/stages/${stage.key}`);
    }
    expect(within(region).getByRole('link', { name: /^Embassies.*: .*2027, Upcoming$/ })).toBeTruthy();
  });

  it('marks the current stage and a missed-but-actionable stage in words, not only colour', () => {
    const campaign = campaignFixture('2027-05-14', '2027-03-20');
    renderApp(<Timeline campaign={campaign} />, { me: adminMe });
    expect(screen.getByRole('link', { name: /^National report: .*, Now$/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Advocacy document: .*, Missed, still worth doing$/ })).toBeTruthy();
    expect(screen.getAllByText(/Missed, still worth doing/).length).toBeGreaterThan(1);
  });

  it('zooms between the whole cycle and six months around the review', () => {
    const campaign = campaignFixture('2027-05-14', '2027-02-20');
    renderApp(<Timeline campaign={campaign} />, { me: adminMe });
    const region = screen.getByRole('region', { name: /campaign timeline/i });
    const near = within(region).getAllByRole('link').length;
    expect(within(region).queryByRole('link', { name: /^Mid-term report/ })).toBeNull();
    fireEvent.click(screen.getByLabelText('Whole cycle'));
    expect(within(region).getAllByRole('link').length).toBeGreaterThan(near);
    expect(within(region).getByRole('link', { name: /^Mid-term report/ })).toBeTruthy();
  });

  it('shows milestones, the today line and the Geneva session in the legend, in Russian too', async () => {
    await i18n.changeLanguage('ru');
    const campaign = campaignFixture('2027-05-14', '2027-02-20');
    renderApp(<Timeline campaign={campaign} />, { me: adminMe });
    expect(screen.getByText(/^Обзор в Рабочей группе · 14 мая 2027/)).toBeTruthy();
    expect(screen.getAllByText('Сегодня').length).toBeGreaterThan(0);
    expect(screen.getByText(/Совет по правам человека, сессия 64/)).toBeTruthy();
    expect(screen.getByRole('link', { name: new RegExp(`^${planTexts('ru').stages['national-report'].title}: `) })).toBeTruthy();
  });
});
