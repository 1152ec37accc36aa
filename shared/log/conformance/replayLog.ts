import { nodeTypeLabel } from '../../model/commands';
import type { ProcessModel } from '../../model/schema';
import { caseFlowOf } from '../../model/caseFlow';
import { activityInstances } from '../activityInstances';
import type { EventLog, LogCase } from '../eventLog';
import { replayTrace, type TraceReplay } from './tokenReplay';
import { activityKey, toWorkflowNet } from './workflowNet';

/** How one case replays on the map. */
export interface CaseConformance {
  caseId: string;
  /** ½(1 − missing/consumed) + ½(1 − remaining/produced): 1 when the case fits the map. */
  fitness: number;
  missing: number;
  remaining: number;
  /** What deviated, in words, leading with element names. */
  deviations: string[];
}

/** Missing and remaining tokens at one map node, over all cases. */
export interface NodeDeviation {
  nodeId: string;
  name: string;
  missing: number;
  remaining: number;
}

/** The result of replaying a log on a map. */
export interface Conformance {
  fitness: number;
  cases: number;
  fittingCases: number;
  perCase: CaseConformance[];
  /** Nodes with missing or remaining tokens, most first. */
  deviations: NodeDeviation[];
  /** Activities of the log that no map node is named after, as the log writes them, most frequent first. */
  unknownActivities: string[];
}

const fitnessOf = (r: Pick<TraceReplay, 'missing' | 'consumed' | 'remaining' | 'produced'>) =>
  0.5 * (1 - (r.consumed > 0 ? r.missing / r.consumed : 0)) +
  0.5 * (1 - (r.produced > 0 ? r.remaining / r.produced : 0));

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** A case's deviations in words: where it ran out of turn, what it left undone, what the map lacks. */
function caseWords(replay: TraceReplay, nameOf: (id: string) => string, spelling: Map<string, string>): string[] {
  const words: string[] = [];
  for (const [id, n] of replay.missingAt) words.push(`${nameOf(id)}: done when the map did not allow it (${times(n)})`);
  for (const [id, n] of replay.remainingAt) words.push(`${nameOf(id)}: expected but not reached (${times(n)})`);
  const unknown = new Map<string, number>();
  for (const key of replay.unknown) unknown.set(key, (unknown.get(key) ?? 0) + 1);
  for (const [key, n] of unknown) words.push(`${spelling.get(key) ?? key}: not on the map (${times(n)})`);
  return words;
}

interface Variant {
  replay: TraceReplay;
  fitness: number;
  words: string[];
}

/**
 * Token-based replay of a log on a map, case by case, so that a caller can replay a large log in slices and keep
 * its window responsive. Each distinct trace is replayed once; its cases share the result.
 */
export class LogReplay {
  private readonly net;
  private readonly names: Map<string, string>;
  private readonly numbers = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly activities: string[] = [];
  private readonly spelling = new Map<string, string>();
  private readonly unknownCount = new Map<string, number>();
  private readonly variants = new Map<string, Variant>();
  private readonly totals = { missing: 0, consumed: 0, remaining: 0, produced: 0 };
  private readonly byNode = new Map<string, { missing: number; remaining: number }>();
  private readonly perCase: CaseConformance[] = [];
  private fittingCases = 0;

  constructor(model: ProcessModel) {
    // Other pools, message flows and data elements carry no cases.
    this.net = toWorkflowNet(caseFlowOf(model));
    this.names = new Map(model.nodes.map((n) => [n.id, n.name.trim() || nodeTypeLabel(n)]));
  }

  private nameOf = (id: string) => this.names.get(id) ?? id;

  /** The activity's number (one per matching key), remembering how the log first spelt it. */
  private numberOf(activity: string): number {
    let n = this.numbers.get(activity);
    if (n === undefined) {
      const key = activityKey(activity);
      n = this.byKey.get(key);
      if (n === undefined) {
        n = this.activities.length;
        this.activities.push(key);
        this.byKey.set(key, n);
        this.spelling.set(key, activity.trim());
      }
      this.numbers.set(activity, n);
    }
    return n;
  }

  /** Replays one case. */
  add(entry: LogCase): void {
    // Variants are told apart by the numbers of their activities: shorter keys than the names.
    const numbers = activityInstances(entry).instances.map((i) => this.numberOf(i.activity));
    const variantKey = numbers.join(',');
    let variant = this.variants.get(variantKey);
    if (!variant) {
      const replay = replayTrace(
        this.net,
        numbers.map((n) => this.activities[n]),
      );
      variant = { replay, fitness: fitnessOf(replay), words: caseWords(replay, this.nameOf, this.spelling) };
      this.variants.set(variantKey, variant);
    }
    const { replay, fitness, words } = variant;
    this.totals.missing += replay.missing;
    this.totals.consumed += replay.consumed;
    this.totals.remaining += replay.remaining;
    this.totals.produced += replay.produced;
    for (const [id, n] of replay.missingAt) node(this.byNode, id).missing += n;
    for (const [id, n] of replay.remainingAt) node(this.byNode, id).remaining += n;
    for (const key of replay.unknown) this.unknownCount.set(key, (this.unknownCount.get(key) ?? 0) + 1);
    if (replay.missing === 0 && replay.remaining === 0) this.fittingCases++;
    const { missing, remaining } = replay;
    this.perCase.push({ caseId: entry.id, fitness, missing, remaining, deviations: words });
  }

  /** The result over the cases replayed so far. */
  result(): Conformance {
    const deviations = [...this.byNode]
      .map(([nodeId, d]) => ({ nodeId, name: this.nameOf(nodeId), ...d }))
      .sort((a, b) => b.missing + b.remaining - (a.missing + a.remaining) || a.name.localeCompare(b.name));
    const unknownActivities = [...this.unknownCount]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([key]) => this.spelling.get(key) ?? key);
    const cases = this.perCase.length;
    return {
      fitness: cases > 0 ? fitnessOf(this.totals) : 1,
      cases,
      fittingCases: this.fittingCases,
      perCase: this.perCase,
      deviations,
      unknownActivities,
    };
  }
}

/**
 * Replays every case of a log on a map by token-based replay (van der Aalst, Rozinat): fitness overall (from the
 * summed token counts) and per case, the nodes where tokens were missing or left, and the activities the map lacks.
 * Map nodes match activities by name, trimmed and without case. Each distinct trace is replayed once.
 */
export function replayLog(model: ProcessModel, log: EventLog): Conformance {
  const replay = new LogReplay(model);
  for (const entry of log.cases) replay.add(entry);
  return replay.result();
}

function node(map: Map<string, { missing: number; remaining: number }>, id: string) {
  let entry = map.get(id);
  if (!entry) map.set(id, (entry = { missing: 0, remaining: 0 }));
  return entry;
}
