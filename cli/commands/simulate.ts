import { checkRunnable, applyScenario, simulate, type EventLogRow, type SimulationReport } from '../../shared/sim';
import { CsvEventLog, XesEventLog } from '../../shared/io/eventLog';
import { intOption, parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, loadModel, usageError, type CliIO } from '../io';
import { reportTable } from './simulateTable';

function positive(value: number | undefined, name: string): number | undefined {
  if (value !== undefined && value < 1) throw usageError(`--${name} must be at least 1, got ${value}`);
  return value;
}

/** A progress bar redrawn in place on stderr, at most once per whole percent. */
function progressBar(io: CliIO): { update(fraction: number): void; clear(): void } {
  let shown = -1;
  return {
    update(fraction) {
      const percent = Math.floor(fraction * 100);
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round(percent / 5);
      io.stderr(`\rsimulating [${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${String(percent).padStart(3)}%`);
    },
    clear: () => io.stderr(`\r${' '.repeat(40)}\r`),
  };
}

function eventLogFor(path: string, logName: string): { add(row: EventLogRow): void; text(): string } {
  if (/\.csv$/i.test(path)) return new CsvEventLog();
  if (/\.xes$/i.test(path)) return new XesEventLog(logName);
  throw usageError(`--log must name a .csv or .xes file, got ${path}`);
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'run the map forward in time and report where work waits',
  usage: 'simulate <model.flow.json> [--cases N] [--seed S] [--replications R] [--scenario ID] [--log out.csv|out.xes] [--json]',
  options: {
    cases: { value: true, description: 'cases per replication (default: the map\'s)' },
    seed: { value: true, description: 'seed of the random streams (default: the map\'s)' },
    replications: { value: true, description: 'independent replications (default: the map\'s)' },
    scenario: { value: true, description: 'apply this scenario\'s overrides first' },
    log: { value: true, description: 'write the simulated event log (.csv or .xes)' },
    json: jsonOption,
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, simulateCommand.options);
    if (positionals.length !== 1) throw usageError(`simulate takes one model file, got ${positionals.length}`);
    const [path] = positionals;
    const cases = positive(intOption(options, 'cases'), 'cases');
    const replications = positive(intOption(options, 'replications'), 'replications');
    const seed = intOption(options, 'seed');
    if (typeof options.scenario === 'boolean' || typeof options.log === 'boolean') throw usageError('--scenario and --log need a value');
    const scenario = options.scenario;
    const model = await loadModel(io, path);
    const runnable = scenario ? applyScenario(model, scenario) : model;
    const problems = checkRunnable(runnable);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`flowwright: ${p.code}: ${p.elementId}: ${p.message}\n`);
      io.stderr(`flowwright: FW_SIM_INVALID_MODEL: ${path} cannot be simulated (${problems.length} problem${problems.length === 1 ? '' : 's'})\n`);
      return exitCodes.usage;
    }
    const log = options.log === undefined ? undefined : eventLogFor(options.log, model.name || model.id);
    const bar = io.isTTY ? progressBar(io) : undefined;
    let report: SimulationReport;
    try {
      report = simulate(model, {
        cases, seed, replications, scenario, eventLog: log && ((row) => log.add(row)), onProgress: bar && ((f) => bar.update(f)),
      });
    } finally {
      bar?.clear();
    }
    if (log && options.log !== undefined) await io.writeText(options.log, log.text());
    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : reportTable(report, model.currency));
    return exitCodes.ok;
  },
};
