import { FlowwrightError } from '../shared/model/errors';
import { exitCodeOf, exitCodes } from './exitCodes';
import { nodeIO, type CliIO } from './io';
import type { Command } from './command';
import { commandList, type CommandEntry } from './commandList';

const everyCommandOptions = {
  help: { value: false, description: 'show this help' },
  debug: { value: false, description: 'print the stack trace of an internal error' },
};

function helpText(entry?: CommandEntry, command?: Command): string {
  if (entry && command) {
    const options = Object.entries({ ...command.options, ...everyCommandOptions })
      .map(([name, o]) => `  --${name}${o.value ? ' <value>' : ''}`.padEnd(28) + o.description)
      .join('\n');
    return `Usage: flowwright ${command.usage}\n\n${entry.summary}\n\nOptions:\n${options}\n`;
  }
  const list = commandList.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n');
  return (
    `Usage: flowwright <command> [options]\n\nCommands:\n${list}\n\n` +
    `Run 'flowwright <command> --help' for a command's options.\n` +
    'Exit codes: 0 success, 1 the input is valid but the result is a failure, 2 bad usage or unreadable input, ' +
    '3 an internal error (--debug prints its stack).\n'
  );
}

/** One line, as `flowwright: CODE: message`; an unexpected error is FW_INTERNAL with its stack only on request. */
function reportError(error: unknown, io: CliIO, debug: boolean): number {
  const coded = error instanceof FlowwrightError ? error : null;
  const code = coded?.code ?? 'FW_INTERNAL';
  let message = error instanceof Error ? error.message : String(error);
  if (!coded && error instanceof Error && error.name !== 'Error') message = `${error.name}: ${message}`;
  message = message.replace(/\s*\n\s*/g, ' ');
  if (code === 'FW_INTERNAL' && !debug) message += ' (run again with --debug for the details to report)';
  io.stderr(`flowwright: ${code}: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return exitCodeOf(code);
}

/** Runs the command line and returns the exit code (docs/command-line.md). */
export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((arg) => arg !== '--debug');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? exitCodes.ok : exitCodes.usage;
  }
  const entry = commandList.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`flowwright: FW_USAGE: unknown command '${name}'; run 'flowwright --help'\n`);
    return exitCodes.usage;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(helpText(entry, command));
      return exitCodes.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}
