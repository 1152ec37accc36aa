import type { ProcessModel } from '../../shared/model';
import { claimsIntakeMap } from '../simulation/testModels';

/** The claims map to be: the clerks' pool gone (its task done by the reviewers), a quicker review. */
export function claimsToBe(): ProcessModel {
  const model = structuredClone(claimsIntakeMap());
  model.simulation.resources = model.simulation.resources.filter((r) => r.id !== 'clerks');
  const register = model.nodes.find((n) => n.id === 'register')!;
  register.sim = { ...register.sim, resource: 'reviewers' };
  model.nodes.find((n) => n.id === 'review')!.sim!.duration = { type: 'exponential', mean: 300 };
  return model;
}
