import { describe, expect, it } from 'vitest';
import { fitMargin, fitPaddings, isSmallLabelsNotice, labelsReadable, smallLabelsNotice } from './fitRoom';

const canvas = { width: 1000, height: 600 };
// The overview map in the bottom right corner, 15 px from the edges, as React Flow places it.
const minimap = { x: 1000 - 15 - 160, y: 600 - 15 - 110, width: 160, height: 110 };

describe('room at fit', () => {
  it('keeps the margin all round when nothing covers the canvas', () => {
    expect(fitPaddings({ width: 2000, height: 500 }, canvas, [])).toEqual({
      top: fitMargin,
      right: fitMargin,
      bottom: fitMargin,
      left: fitMargin,
    });
  });

  it('leaves the strip above the minimap free for a wide map, which is short at fit', () => {
    const p = fitPaddings({ width: 2000, height: 500 }, canvas, [minimap]);
    expect(p.bottom).toBe(15 + 110 + fitMargin);
    expect(p.right).toBe(fitMargin);
  });

  it('leaves the strip beside the minimap free for a tall map, which is narrow at fit', () => {
    const p = fitPaddings({ width: 300, height: 1500 }, canvas, [minimap]);
    expect(p.right).toBe(15 + 160 + fitMargin);
    expect(p.bottom).toBe(fitMargin);
  });

  it('keeps clear of several corners at once', () => {
    const controls = { x: 15, y: 600 - 15 - 80, width: 26, height: 80 };
    const p = fitPaddings({ width: 300, height: 1500 }, canvas, [minimap, controls]);
    expect(p.left).toBe(15 + 26 + fitMargin);
    expect(p.right).toBe(15 + 160 + fitMargin);
  });

  it('calls labels readable from 75 % and says how to zoom in when they are not', () => {
    expect(labelsReadable(0.75)).toBe(true);
    expect(labelsReadable(0.4)).toBe(false);
    const notice = smallLabelsNotice(0.384, false, 'Shift+2');
    expect(notice).toBe('Whole map shown at 38 %: labels are small. Press Shift+2 to zoom to the start.');
    expect(isSmallLabelsNotice(notice)).toBe(true);
    expect(isSmallLabelsNotice('Saved')).toBe(false);
  });
});
