import { useTranslation } from 'react-i18next';
import type { DeadlineKey } from '../../../core/strategy/stage-texts.js';
import type { CampaignDto } from '../../../shared/contracts/index.js';
import { formatShortDate } from '../../i18n/format.js';
import { usePlanTexts } from '../../i18n/use-plan-texts.js';
import classes from './timeline.module.css';
import { assignLanes, estimateLabelWidth, labelBefore, MIN_TRACK_WIDTH, percentOf, type Range, type Zoom } from './timeline-scale.js';

/** The milestones drawn as diamonds (STRATEGY.md: national report due … mid-term report). */
export const MILESTONES: readonly DeadlineKey[] = ['nationalReport', 'review', 'draftReport', 'outcomeAdoption', 'midTermReport'];

const LANE_HEIGHT = 20;

/** Diamonds with their labels, stacked in lanes so that close dates (review, draft report) never overlap. */
export function TimelineMilestones({ campaign, range, zoom }: { campaign: CampaignDto; range: Range; zoom: Zoom }) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts();
  const items = MILESTONES.map((key) => ({ key, date: campaign.deadlines[key] }))
    .filter((m) => m.date && m.date >= range.start && m.date <= range.end)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((m) => {
      const left = percentOf(range, m.date);
      const label = `${texts.deadlines[m.key]} · ${formatShortDate(m.date, i18n.language)}`;
      const width = estimateLabelWidth(label);
      const px = (left / 100) * MIN_TRACK_WIDTH[zoom];
      const flip = labelBefore(left, left, width, zoom);
      return { ...m, left, label, flip, box: { left: flip ? px - width : px, width } };
    });
  const lanes = assignLanes(items.map((i) => i.box));
  const laneCount = Math.max(0, ...lanes) + 1;
  return (
    <ol className={classes.list} style={{ height: laneCount * LANE_HEIGHT + 8 }} aria-label={t('timeline.legendMilestone')}>
      {items.map((item, index) => (
        <li
          key={item.key}
          className={classes.milestone}
          style={{
            top: (lanes[index] ?? 0) * LANE_HEIGHT + 4,
            left: `${item.left}%`,
            transform: item.flip ? 'translateX(calc(-100% + 6px))' : 'translateX(-6px)',
            flexDirection: item.flip ? 'row-reverse' : 'row',
          }}
        >
          <span className={`${classes.diamond} ${item.key === 'review' ? classes.diamondReview : ''}`} aria-hidden />
          <span>{item.label}</span>
        </li>
      ))}
    </ol>
  );
}
