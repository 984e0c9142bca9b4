/**
 * Geometry of the campaign timeline, in percent of the track so it scales with any width
 * (and in print). Pure functions: easy to test, no DOM.
 */
import { addMonths, diffDays, maxDate, minDate, type IsoDate } from '../../../core/dates.js';

export type Zoom = 'cycle' | 'near';

export interface Range {
  start: IsoDate;
  end: IsoDate;
}

/** Narrowest track in px per zoom; below it the timeline scrolls sideways (e.g. at 360 px). */
export const MIN_TRACK_WIDTH: Record<Zoom, number> = { cycle: 960, near: 720 };

/** The whole cycle is R−12 months … R+4 years (stretched to include today); "near" is R±6 months. */
export function timelineRange(reviewDate: IsoDate, today: IsoDate, zoom: Zoom): Range {
  if (zoom === 'near') return { start: addMonths(reviewDate, -6), end: addMonths(reviewDate, 6) };
  const start = addMonths(reviewDate, -12);
  const end = addMonths(reviewDate, 48);
  // Stretch to show today when it is close to the cycle; far away, the note under the timeline says so.
  return {
    start: today < start && today >= addMonths(reviewDate, -24) ? addMonths(today, -1) : start,
    end: today > end && today <= addMonths(reviewDate, 60) ? addMonths(today, 1) : end,
  };
}

/** Position of a date in percent of the range (may fall outside 0…100). */
export function percentOf(range: Range, date: IsoDate): number {
  const total = diffDays(range.start, range.end);
  return total <= 0 ? 0 : (diffDays(range.start, date) / total) * 100;
}

/** A span clipped to the range, as left/width percentages; null when it lies outside. */
export function spanOf(range: Range, start: IsoDate, end: IsoDate): { left: number; width: number } | null {
  if (end < range.start || start > range.end) return null;
  const left = percentOf(range, maxDate(start, range.start));
  const right = percentOf(range, minDate(end, range.end));
  return { left, width: Math.max(right - left, 0) };
}

export interface Tick {
  date: IsoDate;
  left: number;
  /** January: the label carries the year. */
  major: boolean;
}

/** Month ticks at least ~56 px apart on the narrowest track: every 1, 3, 6 or 12 months. */
export function ticks(range: Range, zoom: Zoom): Tick[] {
  const pxPerMonth = MIN_TRACK_WIDTH[zoom] / Math.max(1, diffDays(range.start, range.end) / 30.44);
  const step = [1, 3, 6, 12].find((months) => months * pxPerMonth >= 56) ?? 12;
  const result: Tick[] = [];
  let date = `${range.start.slice(0, 7)}-01`;
  if (date < range.start) date = addMonths(date, 1);
  while (date <= range.end) {
    const month = Number(date.slice(5, 7));
    if ((month - 1) % step === 0) result.push({ date, left: percentOf(range, date), major: month === 1 });
    date = addMonths(date, 1);
  }
  return result;
}

/**
 * Greedy lanes for labels that must not overlap: each item goes to the first lane whose last
 * label ends before this one starts. `left` and `width` are in px.
 */
export function assignLanes(items: { left: number; width: number }[], gap = 8): number[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    let lane = laneEnds.findIndex((end) => end + gap <= item.left);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = item.left + item.width;
    return lane;
  });
}

/** A rough width of a label in px (12–13 px type, Latin or Cyrillic), enough to place labels without measuring the DOM. */
export function estimateLabelWidth(text: string): number {
  return Math.ceil(text.length * 7.2) + 16;
}

/**
 * Whether a label goes before its mark instead of after it: when it would run past the right
 * edge of the narrowest track and there is more room on the left.
 */
export function labelBefore(leftPercent: number, rightPercent: number, labelWidth: number, zoom: Zoom): boolean {
  const track = MIN_TRACK_WIDTH[zoom];
  const roomRight = ((100 - rightPercent) / 100) * track;
  const roomLeft = (leftPercent / 100) * track;
  return labelWidth > roomRight && roomLeft > roomRight;
}
