import { describe, expect, it } from 'vitest';
import { fitView, readableScale } from './useZoomPan';

describe('fitView', () => {
  it('shows a tall map at its full width from the top, at a size whose text can be read', () => {
    const view = fitView({ width: 700, height: 1400 }, { width: 530, height: 520 }, false);
    expect(view.scale).toBeCloseTo(530 / 700);
    expect(view.y).toBe(0);
    const wide = fitView({ width: 2000, height: 600 }, { width: 530, height: 520 }, false);
    expect(wide.scale).toBe(readableScale);
    expect(wide.x).toBe(0);
  });

  it('shows the whole map on demand, centred, never enlarged', () => {
    const whole = fitView({ width: 700, height: 1400 }, { width: 530, height: 520 }, true);
    expect(whole.scale).toBeCloseTo(520 / 1400);
    expect(whole.x).toBeCloseTo((530 - 700 * whole.scale) / 2);
    expect(fitView({ width: 100, height: 100 }, { width: 500, height: 500 }, true)).toEqual({
      scale: 1,
      x: 200,
      y: 200,
    });
  });
});
