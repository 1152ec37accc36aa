import { FlowwrightError } from '../shared/model';
import { exitCodes, nodeIO, type CliIO } from './io';
import type { Command } from './command';
import { validateCommand } from './commands/validate';
import { simulateCommand } from './commands/simulate';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';

/** Every sub-command, by name. */
export const commands: Command[] = [validateCommand, simulateCommand, importCommand, exportCommand];

function helpText(command?: Command): string {
  if (command) {
    const options = Object.entries({ ...command.options, help: { value: false, description: 'show this help' } })
      .map(([name, o]) => `  --${name}${o.value ? ' <value>' : ''}`.padEnd(28) + o.description)
      .join('\n');
    return `Usage: flowwright ${command.usage}\n\n${command.summary}\n\nOptions:\n${options}\n`;
  }
  const list = commands.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n');
  return `Usage: flowwright <command> [options]\n\nCommands:\n${list}\n\nRun 'flowwright <command> --help' for a command's options.\n`;
}

/** Runs the command line and returns the exit code (DESIGN.md §4). */
export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? exitCodes.ok : exitCodes.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`flowwright: FW_USAGE: unknown command '${name}'; run 'flowwright --help'\n`);
    return exitCodes.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(helpText(command));
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof FlowwrightError) {
      io.stderr(`flowwright: ${error.code}: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return error.code === 'FW_MODEL_INVALID' ? exitCodes.failure : exitCodes.usage;
    }
    io.stderr(`flowwright: FW_INTERNAL: ${(error as Error).stack ?? String(error)}\n`);
    return exitCodes.usage;
  }
}
