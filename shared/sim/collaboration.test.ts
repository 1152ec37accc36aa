import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../model';
import { validateModel } from '../validate';
import { purchaseApproval } from '../io/bpmn/testMaps';
import { simulate } from './simulate';

/** The same map with a customer's and a bank's pool and messages to, from and between them. */
function withParties(model: ProcessModel): ProcessModel {
  return processSchema.parse({
    ...model,
    participants: [
      { id: 'bank', name: 'Bank', y: -200 },
      { id: 'customer', name: 'Customer' },
    ],
    flows: [
      ...model.flows,
      { id: 'm1', kind: 'message', source: 'customer', target: 'start' },
      { id: 'm2', kind: 'message', source: 'remind', target: 'bank' },
      { id: 'm3', kind: 'message', source: 'bank', target: 'enter' },
    ],
  });
}

describe('pools and message flows carry no cases', () => {
  it('simulate a map exactly like the same map without them', () => {
    const plain = purchaseApproval();
    const options = { cases: 300, seed: 7, replications: 2 };
    expect(simulate(withParties(plain), options)).toEqual(simulate(plain, options));
  });

  it('change no validation finding, and a message flow does not reach a node', () => {
    const plain = purchaseApproval();
    expect(validateModel(withParties(plain))).toEqual(validateModel(plain));
    // A task only a message leads to is still unreachable: messages are not sequence flows.
    const lonely = withParties(plain);
    lonely.nodes.push({ id: 'lonely', type: 'task', name: 'Read statement', x: 0, y: 0 });
    lonely.flows.push({ id: 'm4', kind: 'message', source: 'bank', target: 'lonely' });
    const codes = validateModel(lonely)
      .filter((p) => p.elementId === 'lonely')
      .map((p) => p.code);
    expect(codes).toContain('FW_V_UNREACHABLE');
  });

  it('report a message flow inside one pool, or from a gateway', () => {
    const model = withParties(purchaseApproval());
    model.flows.push(
      { id: 'same', kind: 'message', source: 'enter', target: 'review' },
      { id: 'gate', kind: 'message', source: 'route', target: 'bank' },
    );
    const found = validateModel(model).filter((p) => p.code === 'FW_V_MESSAGE_FLOW');
    expect(found.map((p) => p.elementId)).toEqual(['same', 'gate']);
    expect(found[0].message).toMatch(/same pool/);
    expect(found[1].message).toMatch(/'Route by amount' cannot start a message flow/);
  });
});
