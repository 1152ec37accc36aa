import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXesText } from '../../io/eventLog';
import { replayLog } from './replayLog';
import { testMap } from './testMaps';

const runningExample = readXesText(readFileSync('test/fixtures/logs/xes/running-example.xes', 'utf8'));

// The request-for-compensation process of van der Aalst's Process Mining book, drawn by hand.
const compensation = testMap(
  [
    ['start', 'startEvent', 'Request received'],
    ['register', 'task', 'Register request'],
    ['again', 'exclusiveGateway'],
    ['fork', 'parallelGateway'],
    ['how', 'exclusiveGateway', 'How to examine?'],
    ['casual', 'task', 'Examine casually'],
    ['thorough', 'task', 'Examine thoroughly'],
    ['examined', 'exclusiveGateway'],
    ['ticket', 'task', 'Check ticket'],
    ['joined', 'parallelGateway'],
    ['decide', 'task', 'Decide'],
    ['outcome', 'exclusiveGateway', 'Outcome?'],
    ['reinitiate', 'task', 'Reinitiate request'],
    ['pay', 'task', 'Pay compensation'],
    ['reject', 'task', 'Reject request'],
    ['paid', 'endEvent', 'Paid'],
    ['rejected', 'endEvent', 'Rejected'],
  ],
  [
    'start>register',
    'register>again',
    'again>fork',
    'fork>how',
    'how>casual',
    'how>thorough',
    'casual>examined',
    'thorough>examined',
    'examined>joined',
    'fork>ticket',
    'ticket>joined',
    'joined>decide',
    'decide>outcome',
    'outcome>reinitiate',
    'reinitiate>again',
    'outcome>pay',
    'outcome>reject',
    'pay>paid',
    'reject>rejected',
  ],
);

describe('replayLog on the running example', () => {
  it('finds that every case fits the map of the book', () => {
    const result = replayLog(compensation, runningExample);
    expect(result).toMatchObject({ fitness: 1, cases: 6, fittingCases: 6, deviations: [], unknownActivities: [] });
  });

  it('shows where a map without the loop back differs from the log', () => {
    const noLoop = {
      ...compensation,
      flows: compensation.flows.filter((f) => f.target !== 'again' || f.source !== 'reinitiate'),
    };
    const result = replayLog(noLoop, runningExample);
    // Cases 3 and 5 go round the loop (once, twice): the other four fit.
    expect(result.fittingCases).toBe(4);
    expect(result.fitness).toBeLessThan(1);
    expect(result.fitness).toBeGreaterThan(0.8);
    // After "Reinitiate request" the map ends: the examinations and checks that follow have no token.
    expect(result.deviations).toEqual([
      { nodeId: 'ticket', name: 'Check ticket', missing: 3, remaining: 0 },
      { nodeId: 'casual', name: 'Examine casually', missing: 2, remaining: 0 },
      { nodeId: 'thorough', name: 'Examine thoroughly', missing: 1, remaining: 0 },
    ]);
    const misfits = result.perCase.filter((c) => c.fitness < 1).map((c) => c.caseId);
    expect(misfits.sort()).toEqual(['3', '5']);
  });

  it('lists the activities of the log a map lacks', () => {
    const withoutTicket = {
      ...compensation,
      nodes: compensation.nodes.map((n) => (n.id === 'ticket' ? { ...n, name: 'Verify ticket' } : n)),
    };
    const result = replayLog(withoutTicket, runningExample);
    expect(result.unknownActivities).toEqual(['check ticket']);
    expect(result.fittingCases).toBe(0);
    expect(result.deviations.find((d) => d.nodeId === 'ticket')).toMatchObject({ name: 'Verify ticket', missing: 0 });
  });
});
