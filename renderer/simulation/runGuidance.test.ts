import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../../shared/model';
import purchaseApproval from '../../templates/purchase-approval/map.flow.json';
import { runGuidance } from './runGuidance';

const noRecords = { records: false, recordArrivals: false };

/** Start → one plain task → end, as a new user draws it. */
function drawnMap(): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'drawn',
    nodes: [
      { id: 's', type: 'startEvent' },
      { id: 't', type: 'task', name: 'Review' },
      { id: 'e', type: 'endEvent' },
    ],
    flows: [
      { id: 'f1', source: 's', target: 't' },
      { id: 'f2', source: 't', target: 'e' },
    ],
  });
}

describe('runGuidance', () => {
  it('lists the missing duration, the missing pools and the default arrivals of a map drawn from scratch', () => {
    const items = runGuidance(drawnMap(), noRecords);
    expect(items.map((i) => i.key)).toEqual(['no-duration', 'no-pools', 'default-arrivals']);
    expect(items[0].text).toBe("1 task has no duration ('Review'): its time counts as 0.");
    expect(items[0].elementIds).toEqual(['t']);
    expect(items[2].text).toBe('No arrivals set: a new case arrives every 1 h on average (the default).');
  });

  it('counts and names several tasks without a duration, and drops those with a duration expression', () => {
    const model = drawnMap();
    for (const name of ['Approve', 'Order', 'Pay', 'File'])
      model.nodes.push({ id: name.toLowerCase(), type: 'task', name, x: 0, y: 0 });
    model.nodes.find((n) => n.id === 'pay')!.sim = { durationExpression: 'amount / 10' };
    const item = runGuidance(model, noRecords)[0];
    expect(item.text).toBe("4 tasks have no duration ('Review', 'Approve' and 2 more): their time counts as 0.");
    expect(item.elementIds).toEqual(['t', 'approve', 'order', 'file']);
  });

  it('says when pools exist but no task uses one, and when records are loaded but no task checks a field', () => {
    const model = drawnMap();
    model.simulation.resources.push({ id: 'clerks', name: 'Clerks', capacity: 2, costPerHour: 40 });
    const keys = runGuidance(model, { records: true, recordArrivals: true }).map((i) => i.key);
    expect(keys).toEqual(['no-duration', 'no-pool-used', 'no-field-checks']);
  });

  it('is empty once the drawn map is set up', () => {
    const model = drawnMap();
    const task = model.nodes.find((n) => n.id === 't')!;
    task.sim = { duration: { type: 'fixed', value: 600 }, resource: 'clerks' };
    task.requiredFields = ['amount'];
    model.simulation.resources.push({ id: 'clerks', name: 'Clerks', capacity: 2, costPerHour: 40 });
    model.simulation.arrivals.interarrival = { type: 'exponential', mean: 600 };
    expect(runGuidance(model, { records: true, recordArrivals: false })).toEqual([]);
  });

  it('gives no guidance for the purchase approval template, with or without its records', () => {
    const model = processSchema.parse(purchaseApproval);
    expect(runGuidance(model, { records: true, recordArrivals: true })).toEqual([]);
    expect(runGuidance(model, noRecords)).toEqual([]);
  });

  it('does not list default arrivals when the map takes them from the records and the run replays them', () => {
    const model = drawnMap();
    model.simulation.arrivals.fromRecords = { column: 'submitted' };
    const keys = (recordArrivals: boolean) => runGuidance(model, { records: true, recordArrivals }).map((i) => i.key);
    expect(keys(true)).not.toContain('default-arrivals');
    // Without records that have arrival times, the default pace applies: the item says why.
    const item = runGuidance(model, noRecords).find((i) => i.key === 'default-arrivals');
    expect(item?.text).toBe(
      'Cases should arrive at the records’ arrival times, but this run uses no records with arrival times: ' +
        'a new case arrives every 1 h on average (the default).',
    );
  });
});
