import { processSchema, type ProcessModel } from '../../shared/model';
import claimsIntake from '../../test/fixtures/maps/claims-intake.flow.json';
import type { SimulationState } from './simulationClient';
import type { SimulationSession } from './useSimulation';

/** The claims intake map of the end-to-end fixtures: two pools, a rework loop, an SLA timer, one scenario. */
export function claimsIntakeMap(): ProcessModel {
  return processSchema.parse(claimsIntake);
}

/** The claims intake map with its review task pointing at a pool that does not exist. */
export function unknownPoolMap(): ProcessModel {
  const model = claimsIntakeMap();
  const review = model.nodes.find((n) => n.id === 'review')!;
  review.sim = { ...review.sim, resource: 'auditors' };
  return model;
}

/** A session whose only kept run is `state` (shown for its own scenario), for views tested without a worker. */
export function sessionShowing(state: SimulationState, stale = false): SimulationSession {
  const shown = { state, stale };
  const scenario = state.status === 'idle' ? undefined : state.settings.scenario;
  return {
    latest: shown,
    of: (s) => (s === scenario ? shown : { state: { status: 'idle' }, stale: false }),
    comparison: { state: { status: 'idle' }, stale: false },
    compare: () => undefined,
    run: () => undefined,
    cancel: () => undefined,
  };
}
