import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../shared/contracts/index.js';
import { formatDate, formatMonth, formatRange } from '../../i18n/format.js';
import classes from './timeline.module.css';
import { TimelineLegend } from './timeline-legend.js';
import { TimelineMilestones } from './timeline-milestones.js';
import { MIN_TRACK_WIDTH, percentOf, spanOf, ticks, timelineRange, type Zoom } from './timeline-scale.js';
import { TimelineStageRows } from './timeline-stage-rows.js';

function defaultZoom(campaign: CampaignDto): Zoom {
  const near = timelineRange(campaign.reviewDate, campaign.today, 'near');
  return campaign.today >= near.start && campaign.today <= near.end ? 'near' : 'cycle';
}

/**
 * The whole cycle on one horizontal track: stages as bars (links to their pages), milestones
 * as diamonds, Geneva sessions shaded, a today line. Scrolls sideways on small screens.
 */
export function Timeline({ campaign }: { campaign: CampaignDto }) {
  const { t, i18n } = useTranslation();
  const [zoom, setZoom] = useState<Zoom>(() => defaultZoom(campaign));
  const scrollRef = useRef<HTMLDivElement>(null);
  const range = timelineRange(campaign.reviewDate, campaign.today, zoom);
  const todayLeft = campaign.today >= range.start && campaign.today <= range.end ? percentOf(range, campaign.today) : null;
  const visible = campaign.stages.filter((s) => spanOf(range, s.start, s.end));

  // Bring today into view (a third from the left) when the zoom changes.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || todayLeft === null || el.scrollWidth <= el.clientWidth) return;
    el.scrollLeft = Math.max(0, (todayLeft / 100) * el.scrollWidth - el.clientWidth / 3);
  }, [zoom, todayLeft]);

  return (
    <Stack gap="xs" component="section" aria-labelledby="timeline-title">
      <Group justify="space-between" gap="xs">
        <Title order={2} id="timeline-title">
          {t('timeline.title')}
        </Title>
        <SegmentedControl
          className="no-print"
          size="xs"
          aria-label={t('timeline.zoom')}
          value={zoom}
          onChange={(value) => setZoom(value === 'near' ? 'near' : 'cycle')}
          data={[
            { value: 'cycle', label: t('timeline.zoomCycle') },
            { value: 'near', label: t('timeline.zoomNear') },
          ]}
        />
      </Group>
      <div ref={scrollRef} className={classes.scroll} role="region" aria-label={t('timeline.region')} tabIndex={0}>
        <div className={classes.track} style={{ minWidth: MIN_TRACK_WIDTH[zoom] }}>
          <div className={classes.axis} aria-hidden>
            {ticks(range, zoom).map((tick) => (
              <span key={tick.date} className={`${classes.tick} ${tick.major ? classes.tickMajor : ''}`} style={{ left: `${tick.left}%` }}>
                {formatMonth(tick.date, i18n.language, tick.major || zoom === 'near')}
              </span>
            ))}
          </div>
          {campaign.genevaOutreach.conflicts.map((c) => {
            const span = spanOf(range, c.start, c.end);
            return span ? (
              <div
                key={`${c.kind}-${c.number}`}
                className={classes.conflict}
                style={{ left: `${span.left}%`, width: `${span.width}%` }}
                title={t('timeline.conflict', {
                  kind: t(`conflict.${c.kind}`),
                  n: c.number,
                  dates: formatRange(c.start, c.end, i18n.language),
                })}
                aria-hidden
              />
            ) : null;
          })}
          {todayLeft !== null && (
            <div className={classes.today} style={{ left: `${todayLeft}%` }} aria-hidden>
              <span className={classes.todayLabel}>{t('timeline.today')}</span>
            </div>
          )}
          <TimelineMilestones campaign={campaign} range={range} zoom={zoom} />
          <TimelineStageRows campaign={campaign} stages={visible} range={range} zoom={zoom} />
        </div>
      </div>
      {todayLeft === null && (
        <Text size="sm" c="dimmed">
          {t('timeline.todayOutside', { date: formatDate(campaign.today, i18n.language) })}
        </Text>
      )}
      {visible.length < campaign.stages.length && (
        <Text size="sm" c="dimmed">
          {t('timeline.outside')}
        </Text>
      )}
      <TimelineLegend conflicts={campaign.genevaOutreach.conflicts} />
    </Stack>
  );
}
