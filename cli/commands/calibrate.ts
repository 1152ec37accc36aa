import { FlowwrightError } from '../../shared/model';
import { eventCount } from '../../shared/log';
import {
  calibrateMap,
  calibrationAccuracy,
  type CalibratedParameter,
  type CalibrationAccuracy,
} from '../../shared/mining/calibration';
import { intOption, parseArgs } from '../args';
import { jsonOption, type Command } from '../command';
import { exitCodes, usageError } from '../io';
import { loadModel } from '../loadModel';
import { logColumnOptions, readLogFile } from './conformanceLog';

const units: Record<CalibratedParameter['kind'], string> = {
  arrivals: 'gaps between cases',
  duration: 'instances',
  branch: 'choices',
  error: 'executions',
  pool: 'instances',
};

/** The report for people: the score, then each fitted value in plain words with what it rests on. */
function textReport(parameters: readonly CalibratedParameter[], accuracy: CalibrationAccuracy | null): string {
  let text = '';
  if (accuracy)
    text +=
      `accuracy ${accuracy.score.toFixed(3)} (cycle times ${(1 - accuracy.cycleTimeDistance).toFixed(2)} alike, ` +
      `activity counts ${(1 - accuracy.activityDistance).toFixed(2)}, order ${(1 - accuracy.controlFlowDistance).toFixed(2)})\n`;
  for (const p of parameters) {
    text += `  ${p.name || p.elementId}: ${p.text} (${p.sampleSize} ${units[p.kind]})\n`;
    for (const w of p.warnings) text += `    warning: ${w}\n`;
  }
  return text;
}

export const calibrateCommand: Command = {
  usage:
    'calibrate <model.flow.json> <log.xes|log.xes.gz|log.csv> --out <calibrated.flow.json> [--case C --activity A --timestamp T --start S --resource R] [--timezone TZ] [--cases N] [--seed S] [--json]',
  options: {
    ...logColumnOptions,
    out: { value: true, description: 'the calibrated .flow.json file to write' },
    timezone: {
      value: true,
      description: "the timezone working hours are read in (default: the map's, else UTC)",
    },
    cases: { value: true, description: 'cases simulated to check the calibration (default: as many as the log has)' },
    seed: { value: true, description: 'seed of the check simulation (default: the map’s)' },
    json: jsonOption,
  },
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, calibrateCommand.options);
    if (positionals.length !== 2)
      throw usageError(`calibrate takes a model file and a log file, got ${positionals.length} files`);
    const [mapPath, logPath] = positionals;
    if (typeof options.out !== 'string') throw usageError('calibrate needs --out <calibrated.flow.json>');
    const cases = intOption(options, 'cases');
    if (cases !== undefined && cases < 1) throw usageError(`--cases must be at least 1, got ${cases}`);
    const seed = intOption(options, 'seed');
    const timezone = typeof options.timezone === 'string' ? options.timezone : undefined;
    await io.checkOutput(options.out);
    const model = await loadModel(io, mapPath);
    const log = await readLogFile(io, logPath, options);
    if (eventCount(log) === 0) throw new FlowwrightError('FW_LOG_EMPTY', `${logPath} holds no events`);
    const calibration = calibrateMap(model, log, { timezone });
    await io.writeText(options.out, `${JSON.stringify(calibration.model, null, 2)}\n`);
    let accuracy: CalibrationAccuracy | null = null;
    const warnings = [...calibration.warnings];
    try {
      accuracy = calibrationAccuracy(calibration.model, log, { cases, seed });
    } catch (error) {
      warnings.push(
        `the calibrated map could not be simulated, so there is no accuracy score: ${(error as Error).message}`,
      );
    }
    const { parameters, unmatchedTasks, unknownActivities } = calibration;
    if (options.json) {
      const report = { out: options.out, parameters, accuracy, warnings, unmatchedTasks, unknownActivities };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return exitCodes.ok;
    }
    io.stdout(`${logPath} → ${options.out}: ${parameters.length} values fitted on ${mapPath}\n`);
    io.stdout(textReport(parameters, accuracy));
    for (const w of warnings) io.stdout(`warning: ${w}\n`);
    if (unmatchedTasks.length > 0)
      io.stdout(`tasks the log never shows (left as they were): ${unmatchedTasks.join(', ')}\n`);
    if (unknownActivities.length > 0)
      io.stdout(`activities of the log without a task of that name: ${unknownActivities.join(', ')}\n`);
    return exitCodes.ok;
  },
};
