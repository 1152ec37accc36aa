import type { CliIO } from './io';
import type { OptionSpec } from './args';

/** One `flowwright` sub-command; the registry in main.ts lists them all. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code; throws FlowwrightError for coded failures. */
  run(argv: readonly string[], io: CliIO): Promise<number>;
}

export const jsonOption: OptionSpec = { value: false, description: 'print one JSON document on stdout' };
