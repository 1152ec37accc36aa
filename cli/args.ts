import { usageError } from './io';

export interface OptionSpec {
  /** Takes a value (`--cases 100`) or is a switch (`--json`). */
  value: boolean;
  description: string;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean>;
}

/** Parses `--name value`, `--name=value` and switches against a command's option list; unknown options are errors. */
export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const option = spec[name];
    if (!option) throw usageError(`unknown option --${name}`);
    if (!option.value) options[name] = true;
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw usageError(`--${name} needs a value`);
      options[name] = value;
    }
  }
  return { positionals, options };
}

/** Reads a whole-number option, or throws a usage error naming it. */
export function intOption(options: ParsedArgs['options'], name: string): number | undefined {
  const raw = options[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw usageError(`--${name} must be a whole number, got ${JSON.stringify(raw)}`);
  return value;
}
