import {
  checkRunnable,
  applyScenario,
  scenarioIdOf,
  exceptionWorkList,
  workListCsv,
  type SimulationReport,
} from '../../shared/sim';
import { htmlReport } from '../../shared/io/report';
import { intOption, parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, usageError, type CliIO } from '../io';
import { loadModel } from '../loadModel';
import { checkLogName, runSimulation, type LogTarget } from './simulationRun';
import { reportTable } from './simulateTable';
import {
  loadCaseData,
  qualityJson,
  qualitySummary,
  recordArrivalsNote,
  takeMapOptions,
  type LoadedData,
} from './simulateData';

/** Exceptions kept one by one for --exceptions: a work list, so far more than the app's view keeps. */
const exceptionListLimit = 100_000;

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

export const simulateCommand: Command = {
  usage:
    'simulate <model.flow.json> [--cases N] [--seed S] [--replications R] [--scenario NAME|ID] [--data rows.csv|rows.json|rows.xlsx ' +
    '[--map field=Column ...] [--key Column] [--arrival Column] [--sheet NAME]] [--exceptions out.csv] [--log out.csv|out.xes] [--report out.html] [--json]',
  options: {
    cases: { value: true, description: "cases per replication (default: the map's)" },
    seed: { value: true, description: "seed of the random streams (default: the map's)" },
    replications: { value: true, description: "independent replications (default: the map's)" },
    scenario: { value: true, description: "apply this scenario's overrides first" },
    data: { value: true, description: 'case records: each becomes a case (.csv, .json or .xlsx)' },
    map: { value: true, description: 'field=Column: the column a field reads (repeatable)' },
    key: { value: true, description: 'the column that identifies a record' },
    arrival: { value: true, description: "replay: the column with each record's arrival time" },
    sheet: { value: true, description: 'the workbook sheet to read (default: the first)' },
    exceptions: { value: true, description: 'write every exception with its record (.csv work list)' },
    log: { value: true, description: 'write the simulated event log (.csv or .xes)' },
    report: { value: true, description: 'write the report as one self-contained HTML page (.html)' },
    json: jsonOption,
  },
  async run(argv, io) {
    const { rest, maps } = takeMapOptions(argv);
    const { positionals, options } = parseArgs(rest, simulateCommand.options);
    if (positionals.length !== 1) throw usageError(`simulate takes one model file, got ${positionals.length}`);
    const [path] = positionals;
    const cases = positive(intOption(options, 'cases'), 'cases');
    const replications = positive(intOption(options, 'replications'), 'replications');
    const seed = intOption(options, 'seed');
    const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const scenarioAsked = text('scenario');
    const dataPath = text('data');
    if (dataPath === undefined && (maps.length > 0 || ['key', 'arrival', 'sheet'].some((name) => name in options)))
      throw usageError('--map, --key, --arrival and --sheet go with --data');
    const exceptionsPath = text('exceptions');
    if (exceptionsPath !== undefined && !/\.csv$/i.test(exceptionsPath))
      throw usageError(`--exceptions must name a .csv file, got ${exceptionsPath}`);
    const logPath = text('log');
    if (logPath !== undefined) checkLogName(logPath);
    const reportPath = text('report');
    if (reportPath !== undefined && !/\.html?$/i.test(reportPath))
      throw usageError(`--report must name a .html file, got ${reportPath}`);
    for (const output of [logPath, exceptionsPath, reportPath]) if (output !== undefined) await io.checkOutput(output);
    const model = await loadModel(io, path);
    const scenario = scenarioAsked === undefined ? undefined : scenarioIdOf(model, scenarioAsked);
    const runnable = scenario ? applyScenario(model, scenario) : model;
    const problems = checkRunnable(runnable);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`flowwright: ${p.code}: ${p.elementId}: ${p.message}\n`);
      io.stderr(
        `flowwright: FW_SIM_INVALID_MODEL: ${path} cannot be simulated (${problems.length} problem${problems.length === 1 ? '' : 's'})\n`,
      );
      return exitCodes.failure;
    }
    let data: LoadedData | undefined;
    if (dataPath !== undefined) {
      data = await loadCaseData(io, runnable, {
        path: dataPath,
        maps,
        key: text('key'),
        arrival: text('arrival'),
        sheet: text('sheet'),
      });
      if (!options.json) io.stderr(qualitySummary(dataPath, data));
    }
    const log: LogTarget | undefined =
      logPath === undefined
        ? undefined
        : { path: logPath, logName: model.name || model.id, output: await io.openOutput(logPath) };
    const bar = io.isTTY ? progressBar(io) : undefined;
    let report: SimulationReport;
    try {
      report = await runSimulation(
        data ? { ...model, data: { fields: data.fields } } : model,
        {
          cases,
          seed,
          replications,
          scenario,
          records: data?.records,
          exceptionRecords: exceptionsPath === undefined ? undefined : exceptionListLimit,
        },
        log,
        bar && ((f) => bar.update(f)),
      );
      await log?.output.commit();
    } catch (error) {
      await log?.output.abort();
      throw error;
    } finally {
      bar?.clear();
    }
    if (exceptionsPath !== undefined) {
      // One line per record and exception, as in the app's work list, with the replications it occurred in.
      const names = new Map(model.nodes.map((n) => [n.id, n.name || n.id]));
      const rows = exceptionWorkList(report.exceptionRecords ?? [], report.replications);
      await io.writeText(
        exceptionsPath,
        workListCsv(rows, (id) => names.get(id) ?? id),
      );
    }
    if (reportPath !== undefined) await io.writeText(reportPath, htmlReport(model, report));
    const arrivalsNote = recordArrivalsNote(runnable, dataPath, data);
    if (arrivalsNote) io.stderr(arrivalsNote);
    if (report.exceptionRecordsOmitted)
      io.stderr(
        `flowwright: only the first ${exceptionListLimit} exceptions were written to ${exceptionsPath}; ${report.exceptionRecordsOmitted} more were counted\n`,
      );
    if (options.json) {
      const { exceptionRecords: _listed, exceptionRecordsOmitted: _omitted, ...rest } = report;
      io.stdout(
        `${JSON.stringify(data && dataPath ? { ...rest, dataQuality: qualityJson(dataPath, data) } : rest, null, 2)}\n`,
      );
      return exitCodes.ok;
    }
    const skipped = report.caseData?.skipped ?? [];
    if (skipped.length > 0)
      io.stderr(
        `data: ${skipped.length} record${skipped.length === 1 ? ' was' : 's were'} not replayed (no readable arrival time): ` +
          `row ${skipped
            .slice(0, 10)
            .map((r) => r.row)
            .join(', ')}${skipped.length > 10 ? ', ...' : ''}\n`,
      );
    io.stdout(reportTable(report, model.currency));
    return exitCodes.ok;
  },
};
