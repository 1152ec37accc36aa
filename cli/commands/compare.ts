import type { ProcessModel } from '../../shared/model';
import { compareMaps, compareScenarios, type CompareOptions, type Comparison } from '../../shared/sim/compare';
import { scenarioIdOf } from '../../shared/sim/scenario';
import { intOption, parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, usageError, type CliIO } from '../io';
import { loadModel } from '../loadModel';
import { comparisonTable } from './compareTable';
import { loadCaseData, qualitySummary, takeMapOptions, type DataRequest } from './simulateData';

/** Takes every `--scenario ID` (or `--scenario=ID`) out of argv, since the option repeats. */
function takeScenarios(argv: readonly string[]): { rest: string[]; scenarios: string[] } {
  const rest: string[] = [];
  const scenarios: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--scenario') {
      if (argv[i + 1] === undefined || argv[i + 1].startsWith('--'))
        throw usageError('--scenario needs a scenario name or id');
      scenarios.push(argv[++i]);
    } else if (argv[i].startsWith('--scenario=')) scenarios.push(argv[i].slice('--scenario='.length));
    else rest.push(argv[i]);
  }
  return { rest, scenarios };
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value !== undefined && value < 1) throw usageError(`--${name} must be at least 1, got ${value}`);
  return value;
}

/** The map with the fields its case data was mapped to, and those records, when --data is given. */
async function withData(io: CliIO, model: ProcessModel, request: DataRequest | undefined, quiet: boolean) {
  if (!request) return { model, records: undefined };
  const data = await loadCaseData(io, model, request);
  if (!quiet) io.stderr(qualitySummary(request.path, data));
  return { model: { ...model, data: { fields: data.fields } }, records: data.records };
}

/** A progress bar on stderr, redrawn at most once per whole percent, over all the runs of the comparison. */
function progressBar(io: CliIO) {
  let shown = -1;
  return {
    update(fraction: number) {
      const percent = Math.floor(fraction * 100);
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round(percent / 5);
      io.stderr(`\rcomparing [${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${String(percent).padStart(3)}%`);
    },
    clear: () => io.stderr(`\r${' '.repeat(40)}\r`),
  };
}

export const compareCommand: Command = {
  usage:
    'compare <model.flow.json> --scenario NAME|ID [--scenario NAME|ID ...] | compare <as-is.flow.json> <to-be.flow.json> ' +
    '[--cases N] [--seed S] [--replications R] [--data rows.csv|rows.json|rows.xlsx [--map field=Column ...] ' +
    '[--key Column] [--arrival Column] [--sheet NAME]] [--json]',
  options: {
    scenario: { value: true, description: 'a scenario to run against the map as drawn (repeatable)' },
    cases: { value: true, description: "cases per replication (default: the first map's)" },
    seed: { value: true, description: "seed shared by every run (default: the first map's)" },
    replications: { value: true, description: "replications, paired run by run (default: the first map's)" },
    data: { value: true, description: 'case records, the same for every run (.csv, .json or .xlsx)' },
    map: { value: true, description: 'field=Column: the column a field reads (repeatable)' },
    key: { value: true, description: 'the column that identifies a record' },
    arrival: { value: true, description: "replay: the column with each record's arrival time" },
    sheet: { value: true, description: 'the workbook sheet to read (default: the first)' },
    json: jsonOption,
  },
  async run(argv, io) {
    const { rest: withoutMaps, maps } = takeMapOptions(argv);
    const { rest, scenarios } = takeScenarios(withoutMaps);
    const { positionals, options } = parseArgs(rest, compareCommand.options);
    if (positionals.length === 0 || positionals.length > 2)
      throw usageError(`compare takes one map and --scenario, or two maps; got ${positionals.length} files`);
    if (positionals.length === 2 && scenarios.length > 0)
      throw usageError('compare takes either one map with --scenario, or two maps without it, not both');
    if (positionals.length === 1 && scenarios.length === 0)
      throw usageError('compare one map against its scenarios with --scenario NAME, or give two maps');
    const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const dataPath = text('data');
    if (dataPath === undefined && (maps.length > 0 || ['key', 'arrival', 'sheet'].some((name) => name in options)))
      throw usageError('--map, --key, --arrival and --sheet go with --data');
    const request: DataRequest | undefined =
      dataPath === undefined
        ? undefined
        : {
            path: dataPath,
            maps,
            key: text('key'),
            arrival: text('arrival'),
            sheet: text('sheet'),
          };
    const bar = io.isTTY ? progressBar(io) : undefined;
    const settings: CompareOptions = {
      cases: positive(intOption(options, 'cases'), 'cases'),
      seed: intOption(options, 'seed'),
      replications: positive(intOption(options, 'replications'), 'replications'),
      onProgress: bar && ((f) => bar.update(f)),
    };
    const quiet = Boolean(options.json);
    const models = await Promise.all(positionals.map((path) => loadModel(io, path)));
    let comparison: Comparison;
    try {
      if (models.length === 1) {
        const { model, records } = await withData(io, models[0], request, quiet);
        comparison = compareScenarios(
          model,
          scenarios.map((s) => scenarioIdOf(model, s)),
          { ...settings, records },
        );
      } else {
        // The data quality is told once: both maps read the same file.
        const [a, b] = await Promise.all(models.map((m, i) => withData(io, m, request, quiet || i > 0)));
        const [labelA, labelB] = models.map((m) => m.name || m.id);
        // Two versions of one map often share a name: then the file names tell them apart.
        const same = labelA === labelB;
        comparison = compareMaps(
          { ...a, label: same ? positionals[0] : labelA },
          { ...b, label: same ? positionals[1] : labelB },
          settings,
        );
      }
    } finally {
      bar?.clear();
    }
    if (options.json) {
      io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
      return exitCodes.ok;
    }
    const pools = new Map<string, string>();
    const elements = new Map<string, string>();
    // Named as the last map names them: the to-be map's names for the elements both have.
    for (const model of models) {
      for (const r of model.simulation.resources) pools.set(r.id, r.name || r.id);
      for (const n of model.nodes) elements.set(n.id, n.name || n.id);
    }
    io.stdout(comparisonTable(comparison, { pools, elements }, models[0].currency));
    return exitCodes.ok;
  },
};
