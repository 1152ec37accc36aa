import { withoutCollaboration } from './collaboration';
import { withoutDataElements } from './dataElements';
import type { ProcessModel } from './schema';

/**
 * The map as cases move through it: without other pools, message flows, data objects, data stores and data
 * associations. Simulation, validation of how cases move, replay of a log and calibration read this.
 */
export function caseFlowOf(model: ProcessModel): ProcessModel {
  return withoutCollaboration(withoutDataElements(model));
}
