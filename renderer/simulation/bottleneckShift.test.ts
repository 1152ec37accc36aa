import { describe, expect, it } from 'vitest';
import type { SimulationReport } from '../../shared/sim';
import { bottleneckShiftWords } from './bottleneckShift';

/** A report with only its bottlenecks, worst first, which is all the words read. */
const withBottlenecks = (...ids: string[]) =>
  ({ bottlenecks: ids.map((id, i) => ({ id, score: 0.5 - i / 10, reason: '' })) }) as unknown as SimulationReport;

const names: Record<string, string> = { review: 'Review', approve: 'Approve' };
const words = (base: SimulationReport, scenario: SimulationReport) =>
  bottleneckShiftWords(base, scenario, 'One more clerk', (id) => names[id] ?? id);

describe('the bottleneck between the map as drawn and a scenario, in words', () => {
  it('moves from the worst bottleneck of one to that of the other', () => {
    expect(words(withBottlenecks('review', 'approve'), withBottlenecks('approve', 'review'))).toBe(
      'The bottleneck moves from Review (map as drawn) to Approve (One more clerk).',
    );
  });

  it('stays when both have the same worst bottleneck', () => {
    expect(words(withBottlenecks('review'), withBottlenecks('review', 'approve'))).toBe(
      'The bottleneck stays at Review (map as drawn and One more clerk).',
    );
  });

  it('appears, goes away, or is nowhere', () => {
    expect(words(withBottlenecks('review'), withBottlenecks())).toBe(
      'The bottleneck at Review (map as drawn) is gone in One more clerk.',
    );
    expect(words(withBottlenecks(), withBottlenecks('approve'))).toBe(
      'A bottleneck appears at Approve (One more clerk); the map as drawn has none.',
    );
    expect(words(withBottlenecks(), withBottlenecks())).toBe(
      'No bottleneck in the map as drawn nor in One more clerk.',
    );
  });
});
