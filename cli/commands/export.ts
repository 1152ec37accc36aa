import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { exportAsl } from '../../shared/io/asl';
import { exportBpmn } from '../../shared/io/bpmn';
import { exportSvg } from '../../shared/io/svg';
import { hasErrors, validateModel } from '../../shared/validate';
import { parseArgs } from '../args';
import type { Command } from '../command';
import { exitCodes, loadModel, usageError } from '../io';

interface Target {
  description: string;
  /** Runnable targets refuse maps with validation errors: an engine would reject them or run them wrongly. */
  runnable: boolean;
  write(model: ProcessModel): Promise<string>;
}

const targets: Record<string, Target> = {
  bpmn: { description: 'BPMN 2.0 XML with its diagram', runnable: false, write: (model) => exportBpmn(model) },
  zeebe: { description: 'BPMN executable on Camunda 8.8 (Zeebe)', runnable: true, write: (model) => exportBpmn(model, { flavour: 'zeebe' }) },
  asl: { description: 'AWS Step Functions state machine (Amazon States Language)', runnable: true, write: async (model) => `${JSON.stringify(exportAsl(model), null, 2)}\n` },
  svg: { description: 'SVG picture of the map', runnable: false, write: async (model) => exportSvg(model) },
};
const notYet = ['png', 'xes-sample'];

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a process map as BPMN, Camunda 8 BPMN, a Step Functions state machine or an SVG picture',
  usage: `export <model.flow.json> --to ${Object.keys(targets).join('|')} --out <file>`,
  options: {
    to: { value: true, description: `what to write: ${Object.keys(targets).join(', ')}` },
    out: { value: true, description: 'the file to write' },
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, exportCommand.options);
    if (positionals.length !== 1) throw usageError(`export takes one model file, got ${positionals.length}`);
    const to = options.to;
    if (typeof to !== 'string') throw usageError(`export needs --to ${Object.keys(targets).join('|')}`);
    if (notYet.includes(to)) throw usageError(`--to ${to} is not available yet; use ${Object.keys(targets).join(', ')}`);
    const target = targets[to];
    if (!target) throw usageError(`unknown --to ${to}; use ${Object.keys(targets).join(', ')}`);
    if (typeof options.out !== 'string') throw usageError('export needs --out <file>');
    const [path] = positionals;
    const model = await loadModel(io, path);
    if (target.runnable) {
      const errors = validateModel(model).filter((p) => p.severity === 'error');
      if (hasErrors(errors))
        throw new FlowwrightError('FW_MODEL_INVALID', `${path} has ${errors.length} validation error${errors.length === 1 ? '' : 's'}, so it cannot run: ${errors.slice(0, 3).map((p) => `${p.code} ${p.message}`).join('; ')}${errors.length > 3 ? '; …' : ''} (see flowwright validate)`);
    }
    let written: string;
    try {
      written = await target.write(model);
    } catch (error) {
      // The map is valid but the target cannot express it: a failed result (exit 1), not bad usage.
      if (!(error instanceof FlowwrightError) || !error.code.startsWith('FW_EXPORT_')) throw error;
      io.stderr(`flowwright: ${error.code}: ${path}: ${error.message}\n`);
      return exitCodes.failure;
    }
    await io.writeText(options.out, written);
    io.stdout(`${path} → ${options.out}: ${target.description}\n`);
    return exitCodes.ok;
  },
};
