import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rename } from '../../shared/model';
import { useEditor } from './editorStore';
import { checkedModel as checked, problemsOf } from './problems';
import { reviewMap } from './testMaps';

const editor = () => useEditor.getState();

beforeEach(() => {
  vi.useFakeTimers();
  editor().open('p1', reviewMap());
  vi.runAllTimers();
});
afterEach(() => vi.useRealTimers());

describe('problems shown for the open map', () => {
  it('checks an edited version once it has been drawn, showing the last checked one until then', () => {
    const before = editor().model!;
    expect(checked()).toBe(before);
    editor().apply((m) => rename(m, { target: { kind: 'node', id: 'review' }, name: '' }));
    const edited = editor().model!;
    // Right after the edit: the version before it, already checked; the new one is not checked yet.
    expect(checked()).toBe(before);
    vi.runAllTimers();
    expect(checked()).toBe(edited);
    expect(problemsOf(edited).some((p) => p.elementId === 'review')).toBe(true);
  });

  it('shows no problems of another map while a newly opened one is checked', () => {
    editor().open('p2', { ...reviewMap(), name: 'Another map' });
    expect(checked()).toBeNull();
    vi.runAllTimers();
    expect(checked()).toBe(editor().model);
  });
});
