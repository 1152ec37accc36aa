import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { importBpmn, type ImportWarning } from '../../shared/io/bpmn';
import { parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, usageError, type CliIO } from '../io';
import { logColumnOptions } from './conformanceLog';

const bpmnExtensions = /\.(bpmn2?|xml)$/i;
const eventLogExtensions = /\.(xes|csv)(\.gz)?$/i;

function fileStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '');
}

async function readBytes(io: CliIO, path: string): Promise<Uint8Array> {
  try {
    return await io.readBytes(path);
  } catch (error) {
    throw new FlowwrightError(
      'FW_FILE_UNREADABLE',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** The counts of DESIGN.md §4: nodes by type, flows, lanes, and the import's warnings. */
export function importSummary(model: ProcessModel, warnings: readonly ImportWarning[]) {
  const nodes: Record<string, number> = {};
  for (const node of model.nodes) nodes[node.type] = (nodes[node.type] ?? 0) + 1;
  return { nodes, flows: model.flows.length, lanes: model.lanes.length, warnings };
}

export const importCommand: Command = {
  usage:
    'import <file.bpmn|log.xes|log.xes.gz|log.csv> --out <model.flow.json> ' +
    '[--case C --activity C --timestamp C --start C --resource C] [--noise 0.2] [--json]',
  options: {
    out: { value: true, description: 'the .flow.json file to write' },
    ...logColumnOptions,
    noise: {
      value: true,
      description: 'event logs: the share of infrequent behaviour left out of the discovered map, 0 to 1 (0.2)',
    },
    json: jsonOption,
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, importCommand.options);
    if (positionals.length !== 1) throw usageError(`import takes one file, got ${positionals.length}`);
    const [path] = positionals;
    const isLog = eventLogExtensions.test(path);
    if (!isLog && !bpmnExtensions.test(path))
      throw new FlowwrightError(
        'FW_IMPORT_FORMAT',
        `${path}: import reads BPMN 2.0 files (.bpmn, .bpmn2, .xml) and event logs (.xes, .xes.gz, .csv)`,
      );
    if (typeof options.out !== 'string') throw usageError('import needs --out <model.flow.json>');
    await io.checkOutput(options.out);
    if (isLog) {
      const { importLog } = await import('./importLog');
      return importLog(path, options.out, options, io, fileStem(path.replace(/\.gz$/i, '')));
    }
    const logOnly = ['noise', ...Object.keys(logColumnOptions)].find((name) => options[name] !== undefined);
    if (logOnly) throw usageError(`--${logOnly} is for event logs; ${path} is a BPMN file`);
    let result;
    try {
      result = await importBpmn(await readBytes(io, path), { name: fileStem(path) });
    } catch (error) {
      if (error instanceof FlowwrightError && error.code !== 'FW_FILE_UNREADABLE')
        throw new FlowwrightError(error.code, `${path}: ${error.message}`);
      throw error;
    }
    const { model, warnings } = result;
    await io.writeText(options.out, `${JSON.stringify(model, null, 2)}\n`);
    const summary = importSummary(model, warnings);
    if (options.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      const types = Object.entries(summary.nodes)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ');
      io.stdout(
        `${path} → ${options.out}: ${model.nodes.length} nodes (${types || 'none'}), ${summary.flows} flows, ${summary.lanes} lanes\n`,
      );
      for (const warning of warnings) io.stdout(`warning  ${warning.code}  ${warning.message}\n`);
    }
    return exitCodes.ok;
  },
};
