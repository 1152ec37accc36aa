import { FlowwrightError, restore, describeProblems, type ProcessModel } from '../shared/model';
import { readInput, type CliIO } from './io';

/** Reads and restores a `.flow.json`, or throws a coded error naming what is wrong. */
export async function loadModel(io: CliIO, path: string): Promise<ProcessModel> {
  const result = restore(await readInput(io, path));
  if (!result.ok) throw new FlowwrightError(result.problems[0].code, `${path}: ${describeProblems(result.problems)}`);
  return result.model;
}
