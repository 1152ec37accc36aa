import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../bpmn/diagramIndex';
import { boundaryLabelGap, boundaryLabelPlace, eventLabelSize, nameBoxUnder } from './boundaryLabel';

const host: Box = { x: 100, y: 100, width: 120, height: 80 };
/** A 36px event centred on the host's bottom edge, 40px from its right end. */
const onBottom: Box = { x: 162, y: 162, width: 36, height: 36 };
const size = { width: 60, height: 14 };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The canvas's route out of a bottom-edge event: straight down, then right to a target's left side. */
const downThenRight = (targetY: number): Point[] => [
  { x: 180, y: 198 },
  { x: 180, y: targetY },
  { x: 300, y: targetY },
];

describe('placement of a boundary event name', () => {
  it('writes it right of a bottom-edge event and a little below its centre, off the host and off its flow', () => {
    const flow = downThenRight(260);
    const place = boundaryLabelPlace(onBottom, host, size, [flow]);
    expect(place).toMatchObject({ side: 'right', vertical: 'below' });
    expect(place.box).toEqual({ x: 198 + boundaryLabelGap, y: 180 + boundaryLabelGap, ...size });
    expect(overlaps(place.box, host)).toBe(false);
    // The old place, centred under the event, is where the flow runs.
    expect(flow[0].x).toBeGreaterThan(onBottom.x);
    expect(flow[0].x).toBeLessThan(place.box.x);
  });

  it('writes it on the left when the outgoing flow leaves to the right through the right-hand place', () => {
    const place = boundaryLabelPlace(onBottom, host, size, [downThenRight(190)]);
    expect(place).toMatchObject({ side: 'left', vertical: 'below' });
    expect(place.box.x + place.box.width).toBe(onBottom.x - boundaryLabelGap);
  });

  it('writes it on the left when a bent flow heads right from the event', () => {
    const place = boundaryLabelPlace(onBottom, host, size, [
      [
        { x: 198, y: 186 },
        { x: 320, y: 186 },
      ],
    ]);
    expect(place.side).toBe('left');
  });

  it('writes it above an event on the top edge, and outside an event on a side edge', () => {
    const onTop: Box = { x: 162, y: 82, width: 36, height: 36 };
    const top = boundaryLabelPlace(onTop, host, size, []);
    expect(top).toMatchObject({ side: 'right', vertical: 'above' });
    expect(top.box.y + top.box.height).toBe(100 - boundaryLabelGap);
    const onLeft: Box = { x: 82, y: 122, width: 36, height: 36 };
    expect(boundaryLabelPlace(onLeft, host, size, [])).toMatchObject({ side: 'left', vertical: 'below' });
    const onRight: Box = { x: 202, y: 122, width: 36, height: 36 };
    const right = boundaryLabelPlace(onRight, host, size, [
      [
        { x: 238, y: 150 },
        { x: 300, y: 150 },
        { x: 300, y: 190 },
      ],
    ]);
    expect(right).toMatchObject({ side: 'right', vertical: 'above' });
    expect(overlaps(right.box, host)).toBe(false);
  });

  it('takes the place crossed by the fewest flows when every place is crossed', () => {
    const across: Point[] = [
      { x: 0, y: 190 },
      { x: 400, y: 190 },
    ];
    const down: Point[] = [
      { x: 150, y: 198 },
      { x: 150, y: 300 },
    ];
    expect(boundaryLabelPlace(onBottom, host, size, [across, down]).side).toBe('right');
  });

  it('measures a name in the lines it is written in', () => {
    expect(eventLabelSize('Update due')).toEqual({ width: 10 * 6.6, height: 14 });
    expect(eventLabelSize('A rather long name that wraps over more than three lines of text here').height).toBe(42);
  });
});

describe('placement of a boundary event name among other shapes', () => {
  it('moves it to the left when another shape or name sits on the right-hand place', () => {
    const gatewayName: Box = { x: 210, y: 188, width: 70, height: 28 };
    expect(boundaryLabelPlace(onBottom, host, size, [downThenRight(260)], [gatewayName]).side).toBe('left');
    expect(boundaryLabelPlace(onBottom, host, size, [downThenRight(260)], []).side).toBe('right');
  });

  it('measures the name written under an event or gateway, and none under a task', () => {
    const gateway = { id: 'g', type: 'exclusiveGateway', name: 'Amount over 5,000?', x: 0, y: 0 } as const;
    expect(nameBoxUnder(gateway, { x: 0, y: 0, width: 50, height: 50 })).toEqual({
      x: 25 - 59.4,
      y: 57,
      width: 118.8,
      height: 14,
    });
    expect(nameBoxUnder({ id: 't', type: 'task', name: 'Check', x: 0, y: 0 }, host)).toBeUndefined();
  });
});
