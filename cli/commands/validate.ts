import { FlowwrightError, type ErrorCode, type ProcessModel } from '../../shared/model';
import { validateModel, type Severity } from '../../shared/validate';
import { expressionSyntaxError } from '../../shared/expr';
import { applyScenario, checkRunnable, scenarioIdOf } from '../../shared/sim';
import { parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, usageError } from '../io';
import { loadModel } from '../loadModel';
import { exportTargets } from './exportTargets';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A problem as listed: a lint rule's, or a refusal of the engine or an export target (`--for`). */
interface Listed {
  severity: Severity;
  code: string;
  message: string;
  elementId?: string;
}

/** Export targets that refuse maps they cannot express, each with the check it refuses by. */
const exportChecks = Object.fromEntries(
  Object.entries(exportTargets).flatMap(([name, target]) =>
    target.fromMap && target.problems ? [[name, target.problems] as const] : [],
  ),
);
/** What `--for` accepts: the simulation, and those export targets. */
const purposes = ['simulate', ...Object.keys(exportChecks)];

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * One line per problem: the severity, the message (which names the element), then the code and the element's id in
 * brackets, as secondary detail for searching the docs or the file.
 */
function problemLines(problems: readonly Listed[]): string {
  return problems
    .map((p) => {
      const detail = p.elementId === undefined ? p.code : `${p.code}, id ${p.elementId}`;
      return `${p.severity.padEnd(7)}  ${p.message}  [${detail}]\n`;
    })
    .join('');
}

function summary(problems: readonly Listed[]): string {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

/**
 * What the command named by `purpose` would refuse, by the same checks it runs (the engine's checkRunnable, the
 * export target's own), and the code it would fail with.
 */
async function refusals(
  model: ProcessModel,
  purpose: string,
  scenario: string | undefined,
): Promise<[ErrorCode, Listed[]]> {
  if (purpose === 'simulate') {
    const runnable = scenario ? applyScenario(model, scenarioIdOf(model, scenario)) : model;
    const found = checkRunnable(runnable).map((p) => ({ severity: 'error' as const, ...p }));
    return ['FW_SIM_INVALID_MODEL', found];
  }
  const found = await exportChecks[purpose](model);
  const listed = found.map((e) => ({ severity: 'error' as const, code: e.code, message: e.message }));
  return [found[0]?.code ?? 'FW_EXPORT_UNSUPPORTED', listed];
}

export const validateCommand: Command = {
  usage: `validate <model.flow.json> [--for ${purposes.join('|')} [--scenario NAME|ID]] [--json]`,
  options: {
    for: {
      value: true,
      description: `also report what this command would refuse: ${purposes.join(', ')} (exit 1 as it would)`,
    },
    scenario: { value: true, description: "with --for simulate: apply this scenario's overrides first" },
    json: jsonOption,
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, validateCommand.options);
    if (positionals.length !== 1) throw usageError(`validate takes one model file, got ${positionals.length}`);
    const [path] = positionals;
    const purpose = options.for;
    if (purpose !== undefined && (typeof purpose !== 'string' || !purposes.includes(purpose)))
      throw usageError(`--for takes ${purposes.join(', ')}, got ${String(purpose)}`);
    const scenario = typeof options.scenario === 'string' ? options.scenario : undefined;
    if (scenario !== undefined && purpose !== 'simulate') throw usageError('--scenario goes with --for simulate');
    const model = await loadModel(io, path);
    const problems: Listed[] = validateModel(model, { checkExpression: expressionSyntaxError });
    const [refusedWith, refused] = purpose
      ? await refusals(model, purpose, scenario)
      : ['FW_MODEL_INVALID' as const, []];
    problems.push(...refused);
    problems.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]); // stable: errors first, in order
    if (options.json) {
      const listed = problems.map(({ severity, code, message, elementId }) => ({
        severity,
        code,
        message,
        elementId: elementId ?? null,
      }));
      io.stdout(`${JSON.stringify({ problems: listed }, null, 2)}\n`);
    } else {
      io.stdout(
        problems.length === 0 ? `${path}: no problems\n` : `${problemLines(problems)}\n${path}: ${summary(problems)}\n`,
      );
    }
    if (refused.length > 0)
      throw new FlowwrightError(refusedWith, `${path} has ${summary(problems)}; ${purpose} would refuse it`);
    if (problems.some((p) => p.severity === 'error'))
      throw new FlowwrightError('FW_MODEL_INVALID', `${path} has ${summary(problems)}`);
    return exitCodes.ok;
  },
};
