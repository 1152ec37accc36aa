import { discoverMap } from '../../shared/io/eventLog/discoverMap';
import { summarizeLog, type EventLog } from '../../shared/log';
import { FlowwrightError, type ProcessModel } from '../../shared/model';
import type { ParsedArgs } from '../args';
import { exitCodes, usageError, type CliIO } from '../io';
import { readLogFile } from './conformanceLog';

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The `log` block of `import --json` for an event log (DESIGN.md §4). */
export function logFigures(log: EventLog) {
  const summary = summarizeLog(log);
  return {
    cases: summary.cases,
    events: summary.events,
    activities: summary.activities.length,
    variants: summary.variants.length,
    resources: summary.resources.length,
    start: isoOrNull(summary.start),
    end: isoOrNull(summary.end),
  };
}

function noiseOption(options: ParsedArgs['options']): number | undefined {
  const raw = options.noise;
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !(value >= 0 && value <= 1))
    throw usageError(`--noise must be a share between 0 and 1, got ${JSON.stringify(raw)}`);
  return value;
}

function nodeCounts(model: ProcessModel): Record<string, number> {
  const nodes: Record<string, number> = {};
  for (const node of model.nodes) nodes[node.type] = (nodes[node.type] ?? 0) + 1;
  return nodes;
}

/**
 * `import <log.xes|log.xes.gz|log.csv> --out <map>`: reads the log, discovers a map with gateways from it (the
 * inductive miner with its noise filter) and writes it; `--json` prints the log's figures and the map's counts.
 */
export async function importLog(
  path: string,
  out: string,
  options: ParsedArgs['options'],
  io: CliIO,
  name: string,
): Promise<number> {
  const noise = noiseOption(options);
  const log = await readLogFile(io, path, options);
  if (!log.cases.some((entry) => entry.events.length > 0))
    throw new FlowwrightError('FW_LOG_EMPTY', `${path}: the log holds no events, so there is no process to discover`);
  const model = await discoverMap(log, { noise, name });
  await io.writeText(out, `${JSON.stringify(model, null, 2)}\n`);
  const figures = logFigures(log);
  const warnings = log.warnings.map(({ code, message, line, count }) => ({ code, message, line, count }));
  const summary = { log: figures, nodes: nodeCounts(model), flows: model.flows.length, warnings };
  if (options.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const types = Object.entries(summary.nodes)
      .map(([type, n]) => `${n} ${type}`)
      .join(', ');
    io.stdout(
      `${path} → ${out}: ${figures.cases} cases, ${figures.events} events, ${figures.activities} activities, ` +
        `${figures.variants} variants; discovered ${model.nodes.length} nodes (${types}), ${summary.flows} flows\n`,
    );
    for (const w of warnings)
      io.stdout(`warning  ${w.code}  line ${w.line}${w.count > 1 ? ` (and ${w.count - 1} more)` : ''}: ${w.message}\n`);
  }
  return exitCodes.ok;
}
