import { describe, expect, it } from 'vitest';
import { applyPatch } from '../patch';
import { processSchema, type ProcessModel } from '../schema';
import { deleteElements } from './deleteElements';
import { addParticipant, connectMessage, setParticipantProps } from './participants';

const map = (): ProcessModel =>
  processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'orders',
    nodes: [
      { id: 'ship', type: 'task', name: 'Ship order' },
      { id: 'gate', type: 'exclusiveGateway' },
    ],
    flows: [{ id: 'f1', source: 'ship', target: 'gate' }],
  });

describe('pool and message flow commands', () => {
  it('add, rename and move a pool, each undone by its inverse', () => {
    const before = map();
    const added = addParticipant(before, { name: 'Customer', y: -150, height: 80 })!;
    expect(added.label).toBe("Add pool 'Customer'");
    const one = applyPatch(before, added.patch);
    expect(one.participants).toEqual([{ id: 'pool_1', name: 'Customer', y: -150, height: 80 }]);
    const renamed = setParticipantProps(one, { id: 'pool_1', props: { name: 'Client', y: -200 } })!;
    expect(applyPatch(one, renamed.patch).participants![0]).toMatchObject({ name: 'Client', y: -200 });
    expect(applyPatch(applyPatch(one, renamed.patch), renamed.inverse)).toEqual(one);
    expect(applyPatch(one, added.inverse)).toEqual(before);
  });

  it('joins a node and a pool by a message flow, and refuses one inside a pool or from a gateway', () => {
    const model = applyPatch(map(), addParticipant(map(), { id: 'customer', name: 'Customer' })!.patch);
    const sent = connectMessage(model, { source: 'ship', target: 'customer' })!;
    expect(sent.label).toBe("Send a message from 'Ship order' to pool 'Customer'");
    expect(applyPatch(model, sent.patch).flows.at(-1)).toEqual({
      id: 'message_1',
      kind: 'message',
      source: 'ship',
      target: 'customer',
    });
    expect(connectMessage(model, { source: 'ship', target: 'gate' })).toBeNull();
    expect(connectMessage(model, { source: 'gate', target: 'customer' })).toBeNull();
    expect(connectMessage(model, { source: 'customer', target: 'customer' })).toBeNull();
  });

  it('deletes a pool with its message flows, and brings both back on undo', () => {
    let model = applyPatch(map(), addParticipant(map(), { id: 'customer', name: 'Customer' })!.patch);
    model = applyPatch(model, connectMessage(model, { source: 'ship', target: 'customer' })!.patch);
    const removal = deleteElements(model, { ids: ['customer'] })!;
    expect(removal.label).toBe("Delete pool 'Customer'");
    const after = applyPatch(model, removal.patch);
    expect(after.participants).toEqual([]);
    expect(after.flows.map((f) => f.id)).toEqual(['f1']);
    expect(applyPatch(after, removal.inverse)).toEqual(model);
  });
});
