import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDto, StageDto } from '../../../shared/contracts/index.js';
import { formatRange } from '../../i18n/format.js';
import { usePlanTexts } from '../../i18n/use-plan-texts.js';
import { stageState } from '../stage-state.js';
import classes from './timeline.module.css';
import { estimateLabelWidth, labelBefore, spanOf, type Range, type Zoom } from './timeline-scale.js';

/** One row per stage: a bar from start to end that links to the stage page, with its title and state as text. */
export function TimelineStageRows({
  campaign,
  stages,
  range,
  zoom,
}: {
  campaign: CampaignDto;
  stages: StageDto[];
  range: Range;
  zoom: Zoom;
}) {
  const { t, i18n } = useTranslation();
  const texts = usePlanTexts();
  return (
    <ol className={classes.list}>
      {stages.map((stage) => {
        const span = spanOf(range, stage.start, stage.end);
        if (!span) return null;
        const state = stageState(stage);
        const title = texts.stages[stage.key].title;
        const dates = formatRange(stage.start, stage.end, i18n.language);
        const stateText = state === 'upcoming' ? '' : ` · ${t(`status.${state}`)}`;
        const flip = labelBefore(span.left, span.left + span.width, estimateLabelWidth(title + stateText), zoom);
        return (
          <li key={stage.key} className={classes.row}>
            <Link
              to={`/campaigns/${campaign.id}/stages/${stage.key}`}
              className={`${classes.bar} ${classes[state] ?? ''}`}
              style={{ left: `${span.left}%`, width: `${span.width}%` }}
              aria-label={t('timeline.stageLabel', { title, dates, status: t(`status.${state}`) })}
            >
              <span className={`${classes.label} ${flip ? classes.labelBefore : ''}`} aria-hidden>
                {title}
                {stateText && <span className={classes.state}>{stateText}</span>}
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
