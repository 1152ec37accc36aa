import type { Distribution } from '../../model';

export type ParameterKind = 'arrivals' | 'duration' | 'branch' | 'error' | 'pool';

/** One fitted value, as the report lists it. */
export interface CalibratedParameter {
  kind: ParameterKind;
  /** The node, flow or pool it sets ('arrivals' for the arrivals). */
  elementId: string;
  /** The element's name in the map. */
  name: string;
  /** What was set: a distribution, a probability, or a pool's capacity and working hours. */
  value: Distribution | number | { capacity: number; members: string[]; hours: string };
  /** The value in plain words. */
  text: string;
  /** Observations it rests on (instances, gaps, choices). */
  sampleSize: number;
  /** How it was chosen, e.g. "lowest AIC of 6 candidates". */
  criterion: string;
  warnings: string[];
}
