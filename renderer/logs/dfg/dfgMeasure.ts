import type { DfgActivity, DfgEdge } from '../../../shared/log/directlyFollows';
import { count, duration } from '../../simulation/format';

/** What the map shows on boxes and arrows: how often (Disco's frequency view) or how long (its performance view). */
export type DfgMeasure = { view: 'frequency' } | { view: 'performance'; statistic: 'mean' | 'median' };

/** The value of an activity under the measure: executions, or its mean/median duration in ms (null: no start times). */
export function activityValue(activity: DfgActivity, measure: DfgMeasure): number | null {
  if (measure.view === 'frequency') return activity.count;
  return measure.statistic === 'mean' ? activity.meanDuration : activity.medianDuration;
}

/** The value of an arrow under the measure: how often it was taken, or the mean/median wait along it in ms. */
export function edgeValue(edge: DfgEdge, measure: DfgMeasure): number | null {
  if (measure.view === 'frequency') return edge.count;
  return measure.statistic === 'mean' ? edge.meanWait : edge.medianWait;
}

/** A value as the map writes it: a count, or a duration in friendly units ("instant" for 0, a dash for none). */
export function valueText(value: number | null, measure: DfgMeasure): string {
  if (value === null) return '–';
  if (measure.view === 'frequency') return count(value);
  return value === 0 ? 'instant' : duration(value / 1000);
}

/** Where a value sits between the smallest and the largest shown, 0..1 (a square root, so that small ones show). */
export function valueShare(value: number | null, range: { min: number; max: number }): number {
  if (value === null || range.max <= range.min) return value === null ? 0 : 1;
  return Math.sqrt((value - range.min) / (range.max - range.min));
}

/** The smallest and largest of the values that exist. */
export function valueRange(values: (number | null)[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min === Infinity ? { min: 0, max: 0 } : { min, max };
}

const mix = (from: number[], to: number[], share: number) =>
  `rgb(${from.map((c, i) => Math.round(c + (to[i] - c) * share)).join(',')})`;

// Frequency in blues and performance in reds, as Disco colours them: darker means more often, or longer.
const palettes = {
  frequency: { light: [222, 235, 247], dark: [8, 69, 148] },
  performance: { light: [254, 232, 200], dark: [179, 0, 0] },
};

/** The fill of an activity box for a share of the range, and whether its text should be light. */
export function boxColours(share: number, measure: DfgMeasure): { fill: string; lightText: boolean } {
  const palette = palettes[measure.view];
  return { fill: mix(palette.light, palette.dark, share), lightText: share > 0.5 };
}

/** The stroke of an arrow: thicker and darker for larger values. */
export function arrowStroke(share: number, measure: DfgMeasure): { colour: string; width: number } {
  const palette = palettes[measure.view];
  return { colour: mix([170, 170, 170], palette.dark, share), width: 1 + share * 6 };
}
