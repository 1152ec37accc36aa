import { describe, expect, it } from 'vitest';
import { maxRecentDocuments, recentDocuments } from './recentDocuments';

function fakes(stored: string | null = null, missing: string[] = []) {
  const state = { stored, system: [] as string[], saves: 0 };
  const recent = recentDocuments({
    store: {
      load: async () => state.stored,
      save: async (text) => {
        state.stored = text;
        state.saves++;
      },
    },
    exists: async (p) => !missing.includes(p),
    addToSystem: (p) => state.system.push(p),
    clearSystem: () => (state.system = []),
  });
  return { recent, state };
}

describe('recent documents', () => {
  it('lists the newest first without duplicates and keeps it between runs', async () => {
    const { recent, state } = fakes();
    await recent.add('/maps/a.flow.json');
    await recent.add('/maps/b.bpmn');
    await recent.add('/maps/a.flow.json');
    expect(await recent.list()).toEqual(['/maps/a.flow.json', '/maps/b.bpmn']);
    expect(JSON.parse(state.stored!)).toEqual(['/maps/a.flow.json', '/maps/b.bpmn']);
    expect(state.system).toEqual(['/maps/a.flow.json', '/maps/b.bpmn', '/maps/a.flow.json']);
    const { recent: nextRun } = fakes(state.stored);
    expect(await nextRun.list()).toEqual(['/maps/a.flow.json', '/maps/b.bpmn']);
  });

  it(`keeps at most ${maxRecentDocuments}`, async () => {
    const { recent } = fakes();
    for (let i = 0; i < 12; i++) await recent.add(`/maps/${i}.flow.json`);
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/maps/11.flow.json');
    expect(list).not.toContain('/maps/1.flow.json');
  });

  it('prunes files that no longer exist, and remembers that', async () => {
    const { recent, state } = fakes(JSON.stringify(['/a.flow.json', '/gone.flow.json', '/b.bpmn']), [
      '/gone.flow.json',
    ]);
    expect(await recent.list()).toEqual(['/a.flow.json', '/b.bpmn']);
    expect(JSON.parse(state.stored!)).toEqual(['/a.flow.json', '/b.bpmn']);
  });

  it('starts empty from a damaged file and can be cleared', async () => {
    expect(await fakes('{not json').recent.list()).toEqual([]);
    expect(await fakes('{"a":1}').recent.list()).toEqual([]);
    const { recent, state } = fakes(JSON.stringify(['/a.flow.json']));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    expect(state.stored).toBe('[]');
  });
});
