import type { CliIO } from './io';
import type { OptionSpec } from './args';

/** One `flowwright` sub-command, loaded only when it runs (commandList.ts names them all). */
export interface Command {
  usage: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code; throws FlowwrightError for coded failures. */
  run(argv: readonly string[], io: CliIO): Promise<number>;
}

export const jsonOption: OptionSpec = { value: false, description: 'print one JSON document on stdout' };
