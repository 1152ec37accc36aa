import type { ExceptionKind } from '../../sim';

/** How the simulate panel and the reports write numbers: friendly units, few digits, never NaN. */

const units = [
  { limit: 60, size: 1, name: 's' },
  { limit: 3600, size: 60, name: 'min' },
  { limit: 86400, size: 3600, name: 'h' },
  { limit: Infinity, size: 86400, name: 'd' },
] as const;

type Unit = (typeof units)[number];

const unitFor = (seconds: number): Unit => units.find((u) => Math.abs(seconds) < u.limit) ?? units[units.length - 1];

/** Three significant digits, whole numbers from 100 up (with thousands separators). */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  return String(Number(value.toPrecision(3)));
}

const inUnit = (seconds: number, unit: Unit) => shortNumber(seconds / unit.size);

/** Seconds in the largest unit that keeps the value above 1: "45 s", "8.5 min", "2.25 h", "3.1 d". */
export function duration(seconds: number): string {
  const unit = unitFor(seconds);
  return `${inUnit(seconds, unit)} ${unit.name}`;
}

/** A range of seconds in one unit (that of the larger end): "3.2–4.1 min"; a dash without one. */
export function durationRange(range: readonly [number, number] | null): string {
  if (!range) return '–';
  const unit = unitFor(Math.max(Math.abs(range[0]), Math.abs(range[1])));
  return `${inUnit(range[0], unit)}–${inUnit(range[1], unit)} ${unit.name}`;
}

/** A range of plain numbers: "1.2–1.5". */
export function numberRange(range: readonly [number, number] | null): string {
  return range ? `${shortNumber(range[0])}–${shortNumber(range[1])}` : '–';
}

/** A whole count with thousands separators. */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en');
}

/** A share in [0, 1] as a percentage: "81%", "4.5%", "0%". */
export function percent(share: number): string {
  const value = share * 100;
  if (value === 0 || !Number.isFinite(value)) return '0%';
  return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value)}%`;
}

/** An amount in the map's currency: "€1,234.50" for ISO codes, "1,234.50 credits" for anything else. */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount.toLocaleString('en', { maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** A range of amounts: "€3.10–€3.40". */
export function moneyRange(range: readonly [number, number] | null, currency: string): string {
  return range ? `${money(range[0], currency)}–${money(range[1], currency)}` : '–';
}

/** Each kind of exception in words. */
export const exceptionKindNames: Record<ExceptionKind, string> = {
  'missing-field': 'Missing field',
  'invalid-field': 'Invalid field',
  'no-route': 'No route',
  'error-event': 'Error event',
  'sla-breach': 'SLA breach',
  'loop-limit': 'Loop limit',
  unfinished: 'Unfinished',
};
