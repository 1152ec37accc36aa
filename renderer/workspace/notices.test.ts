import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoticeStore } from './notices';

describe('notices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const titles = (center: ReturnType<typeof createNoticeStore>) => center.store.getState().notices.map((n) => n.title);

  it('fades info notices, keeps errors until dismissed', () => {
    const center = createNoticeStore();
    center.notify({ kind: 'info', title: 'Exported', details: [] });
    const error = center.notify({ kind: 'error', title: 'Broken', details: ['nodes[0].x: expected number'] });
    vi.advanceTimersByTime(5000);
    expect(titles(center)).toEqual(['Broken']);
    vi.advanceTimersByTime(60_000);
    expect(titles(center)).toEqual(['Broken']);
    center.dismiss(error);
    expect(titles(center)).toEqual([]);
  });

  it('holds a notice while it is hovered or focused, then gives it its full time again', () => {
    const center = createNoticeStore();
    const id = center.notify({ kind: 'info', title: 'Deleted', details: [], timeoutMs: 8000 });
    vi.advanceTimersByTime(7000);
    center.hold(id);
    vi.advanceTimersByTime(30_000);
    expect(titles(center)).toEqual(['Deleted']);
    center.release(id);
    vi.advanceTimersByTime(7999);
    expect(titles(center)).toEqual(['Deleted']);
    vi.advanceTimersByTime(1);
    expect(titles(center)).toEqual([]);
  });

  it('shows at most the newest few', () => {
    const center = createNoticeStore(2);
    for (const title of ['one', 'two', 'three']) center.notify({ kind: 'error', title, details: [] });
    expect(titles(center)).toEqual(['two', 'three']);
  });
});
