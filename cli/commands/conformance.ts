import { FlowwrightError } from '../../shared/model';
import { eventCount } from '../../shared/log';
import { replayLog, type Conformance, type NodeDeviation } from '../../shared/log/conformance';
import { parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, usageError } from '../io';
import { loadModel } from '../loadModel';
import { logColumnOptions, readLogFile } from './conformanceLog';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** A node's deviation in words, its id as secondary detail. */
function deviationLine(d: NodeDeviation): string {
  const parts: string[] = [];
  if (d.missing > 0) parts.push(`missing ${times(d.missing)} (done when the map did not allow it)`);
  if (d.remaining > 0) parts.push(`left over ${times(d.remaining)} (expected but not reached)`);
  return `  ${d.name}: ${parts.join(', ')}  [id ${d.nodeId}]\n`;
}

/** The report for people: the figures, then where the map and the log differ, by element name. */
function textReport(result: Conformance, mapPath: string, logPath: string): string {
  let text = `${logPath} on ${mapPath}: fitness ${result.fitness.toFixed(3)}; ${result.fittingCases} of ${result.cases} cases fit the map\n`;
  if (result.deviations.length > 0)
    text += `\nWhere the map and the log differ:\n${result.deviations.map(deviationLine).join('')}`;
  if (result.unknownActivities.length > 0)
    text += `\nActivities of the log the map lacks: ${result.unknownActivities.join(', ')}\n`;
  const worst = result.perCase.filter((c) => c.missing > 0 || c.remaining > 0).sort((a, b) => a.fitness - b.fitness);
  if (worst.length > 0) {
    text += `\nCases that deviate most (${Math.min(10, worst.length)} of ${worst.length}):\n`;
    for (const c of worst.slice(0, 10))
      text += `  case ${c.caseId} (fitness ${c.fitness.toFixed(3)}): ${c.deviations.join('; ')}\n`;
  }
  return text;
}

export const conformanceCommand: Command = {
  usage:
    'conformance <model.flow.json> <log.xes|log.xes.gz|log.csv> [--case C --activity A --timestamp T --start S --resource R] [--min-fitness F] [--json]',
  options: {
    ...logColumnOptions,
    'min-fitness': { value: true, description: 'exit 1 when the fitness is below this value (0 to 1)' },
    json: jsonOption,
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, conformanceCommand.options);
    if (positionals.length !== 2)
      throw usageError(`conformance takes a model file and a log file, got ${positionals.length} files`);
    const [mapPath, logPath] = positionals;
    const min = options['min-fitness'] === undefined ? undefined : Number(options['min-fitness']);
    if (min !== undefined && !(min >= 0 && min <= 1))
      throw usageError(`--min-fitness takes a number from 0 to 1, got ${JSON.stringify(options['min-fitness'])}`);
    const model = await loadModel(io, mapPath);
    const log = await readLogFile(io, logPath, options);
    if (eventCount(log) === 0) throw new FlowwrightError('FW_LOG_EMPTY', `${logPath} holds no events`);
    const result = replayLog(model, log);
    if (options.json) {
      const { fitness, cases, fittingCases, deviations, unknownActivities } = result;
      const listed = deviations.map(({ nodeId, name, missing, remaining }) => ({ nodeId, name, missing, remaining }));
      io.stdout(
        `${JSON.stringify({ fitness, cases, fittingCases, deviations: listed, unknownActivities }, null, 2)}\n`,
      );
    } else io.stdout(textReport(result, mapPath, logPath));
    if (min !== undefined && result.fitness < min)
      throw new FlowwrightError(
        'FW_LOG_LOW_FITNESS',
        `the fitness of ${logPath} on ${mapPath} is ${result.fitness.toFixed(3)}, below ${min}`,
      );
    return exitCodes.ok;
  },
};
