import { FlowwrightError } from '../../shared/model';
import { hasErrors, validateModel, type Problem } from '../../shared/validate';
import { expressionSyntaxError } from '../../shared/expr';
import { parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, loadModel, usageError } from '../io';

const elementColumnLimit = 24;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One aligned line per problem: severity, code, element id, message. */
function problemLines(problems: readonly Problem[]): string {
  const width = (values: string[], limit = Infinity) => Math.min(limit, Math.max(...values.map((v) => v.length)));
  const elements = problems.map((p) => p.elementId ?? '(process)');
  const codeWidth = width(problems.map((p) => p.code));
  const elementWidth = width(elements, elementColumnLimit);
  return problems
    .map(
      (p, i) =>
        `${p.severity.padEnd(7)}  ${p.code.padEnd(codeWidth)}  ${elements[i].padEnd(elementWidth)}  ${p.message}\n`,
    )
    .join('');
}

function summary(problems: readonly Problem[]): string {
  const count = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a process map for modelling errors and warnings',
  usage: 'validate <model.flow.json> [--json]',
  options: { json: jsonOption },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, validateCommand.options);
    if (positionals.length !== 1) throw usageError(`validate takes one model file, got ${positionals.length}`);
    const [path] = positionals;
    const problems = validateModel(await loadModel(io, path), { checkExpression: expressionSyntaxError });
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
    if (hasErrors(problems)) throw new FlowwrightError('FW_MODEL_INVALID', `${path} has ${summary(problems)}`);
    return exitCodes.ok;
  },
};
