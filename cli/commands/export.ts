import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { hasErrors, validateModel } from '../../shared/validate';
import { expressionSyntaxError } from '../../shared/expr';
import { intOption, parseArgs } from '../args';
import type { Command } from '../command';
import { exitCodes, usageError, type CliIO } from '../io';
import { loadModel } from '../loadModel';
import type { OutputFile } from '../outputFile';
import { exportTargets, type ExportTarget, type TargetSettings } from './exportTargets';

const targetNames = Object.keys(exportTargets);
/** Cases simulated for `--to xes-sample` unless `--cases` says otherwise. */
const defaultSampleCases = 100;

/** `--cases` and `--seed` shape the simulated sample, and mean nothing to the other targets. */
function sampleSettings(to: string, options: Record<string, string | boolean>): TargetSettings {
  const cases = intOption(options, 'cases');
  const seed = intOption(options, 'seed');
  if (to !== 'xes-sample' && (cases !== undefined || seed !== undefined))
    throw usageError('--cases and --seed apply to --to xes-sample only');
  if (cases !== undefined && cases < 1) throw usageError(`--cases must be at least 1, got ${cases}`);
  return { cases: cases ?? defaultSampleCases, seed };
}

/** Refuses to write a runnable definition of a map with validation errors, naming the first few. */
function checkRunnable(path: string, model: ProcessModel): void {
  const errors = validateModel(model, { checkExpression: expressionSyntaxError }).filter((p) => p.severity === 'error');
  if (hasErrors(errors))
    throw new FlowwrightError(
      'FW_MODEL_INVALID',
      `${path} has ${errors.length} validation error${errors.length === 1 ? '' : 's'}, so it cannot run: ${errors
        .slice(0, 3)
        .map((p) => `${p.code} ${p.message}`)
        .join('; ')}${errors.length > 3 ? '; …' : ''} (see flowwright validate)`,
    );
}

/** The values an export made up, one a line under a heading; nothing when every value was the map's. */
function derivedText(notes: readonly string[]): string {
  if (!notes.length) return '';
  return `Derived, as the map does not set them:\n${notes.map((note) => `  ${note}\n`).join('')}`;
}

function modelPath(positionals: string[], target: ExportTarget, to: string): string | undefined {
  if (!target.fromMap) {
    if (positionals.length > 0) throw usageError(`--to ${to} takes no model file`);
    return undefined;
  }
  if (positionals.length !== 1) throw usageError(`export takes one model file, got ${positionals.length}`);
  return positionals[0];
}

/** Writes through a temporary file: the file at `path` is replaced only when the whole export has succeeded. */
async function writeOutput(io: CliIO, path: string, write: (output: OutputFile) => Promise<void>): Promise<void> {
  const output = await io.openOutput(path);
  try {
    await write(output);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}

export const exportCommand: Command = {
  usage: `export <model.flow.json> --to ${targetNames.join('|')} --out <file> [--cases N] [--seed S]`,
  options: {
    to: {
      value: true,
      description: `what to write: ${targetNames.map((name) => `${name} (${exportTargets[name].name})`).join(', ')}`,
    },
    out: { value: true, description: 'the file to write' },
    cases: {
      value: true,
      description: `cases of the simulated sample (--to xes-sample; default ${defaultSampleCases})`,
    },
    seed: { value: true, description: "seed of the simulated sample (--to xes-sample; default: the map's)" },
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, exportCommand.options);
    const to = options.to;
    if (typeof to !== 'string') throw usageError(`export needs --to ${targetNames.join('|')}`);
    const target = exportTargets[to];
    if (!target) throw usageError(`unknown --to ${to}; use ${targetNames.join(', ')}`);
    const path = modelPath(positionals, target, to);
    const settings = sampleSettings(to, options);
    const out = options.out;
    if (typeof out !== 'string') throw usageError('export needs --out <file>');
    await io.checkOutput(out);
    if (!target.fromMap) {
      await writeOutput(io, out, (output) => target.write(output));
      io.stdout(`→ ${out}: ${target.name}\n`);
      return exitCodes.ok;
    }
    const model = await loadModel(io, path!);
    if (target.runnable) checkRunnable(path!, model);
    try {
      await writeOutput(io, out, (output) => target.write(model, settings, output));
    } catch (error) {
      // The map is valid but the target cannot express (or simulate) it: name the map (exit 1, docs/command-line.md).
      if (
        error instanceof FlowwrightError &&
        (error.code.startsWith('FW_EXPORT_') || error.code === 'FW_SIM_INVALID_MODEL')
      )
        throw new FlowwrightError(error.code, `${path}: ${error.message}`, error.details);
      throw error;
    }
    io.stdout(`${path} → ${out}: ${target.name}\n${derivedText(await target.derived(model))}`);
    return exitCodes.ok;
  },
};
