import type { CaseTraceStep } from '../../shared/sim/caseTrace';
import type { CaseTarget } from './caseChoice';
import { duration } from './format';

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** A simulated moment (milliseconds since 1970) in the map's own time, UTC as its start: "Mon 5 Jan 09:12". */
export function clockText(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${days[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${time}`;
}

/** From one moment to another, the second without its day when it is the same day: "Mon 5 Jan 09:12–10:40". */
export function spanText(from: number, to: number): string {
  const end = clockText(to);
  const sameDay = new Date(from).toISOString().slice(0, 10) === new Date(to).toISOString().slice(0, 10);
  return `${clockText(from)}–${sameDay ? end.slice(-5) : end}`;
}

/** A case's name for people, without the run prefix the engine adds: "r3:case-120" is case 120. */
export function caseName(caseId: string): string {
  return caseId.replace(/^r\d+:/, '').replace(/^case-(\d+)/, '$1');
}

/** The dialog's title: the case and its run once known, else what was asked for. */
export function targetTitle(target: CaseTarget, found?: { caseId: string; replication: number }): string {
  if (found) return `Case ${caseName(found.caseId)} (run ${found.replication})`;
  if (target.kind === 'case') return `Case ${caseName(target.caseId)} (run ${target.replication})`;
  if (target.kind === 'variant') return 'A case along this path';
  return `A case that took ${duration(target.from)} to ${duration(target.to)}`;
}

/** What happened at a step, in words: its wait and work, when, and how it ended. */
export function stepText(step: CaseTraceStep): string {
  const parts: string[] = [];
  if (step.start === null) parts.push(`waited ${duration(step.wait)}, withdrawn before it started`);
  else {
    if (step.wait > 0) parts.push(`waited ${duration(step.wait)}`);
    parts.push(`${step.subProcess ? 'took' : 'worked'} ${duration(step.work)}`);
    if (step.lifecycle === 'ate_abort') parts.push('interrupted');
  }
  parts.push(spanText(step.enabled, step.end));
  return parts.join(' · ');
}
