import { processSchema, type ProcessModel } from '../../shared/model';
import claimsIntake from '../../test/fixtures/maps/claims-intake.flow.json';

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
