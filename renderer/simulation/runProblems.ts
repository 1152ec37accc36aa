import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { applyScenario, checkRunnable, type SimProblem } from '../../shared/sim';

/**
 * Why the engine cannot run the map with this scenario (null: the map as drawn), each problem by code and element;
 * empty when it can run. A scenario that cannot be applied is one problem on the scenario itself.
 */
export function runProblems(model: ProcessModel, scenario: string | null): SimProblem[] {
  let runnable = model;
  if (scenario !== null) {
    try {
      runnable = applyScenario(model, scenario);
    } catch (error) {
      if (!(error instanceof FlowwrightError)) throw error;
      return [{ code: error.code, elementId: scenario, message: error.message }];
    }
  }
  return checkRunnable(runnable);
}
