// @vitest-environment jsdom
import type { FinalConnectionState } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { arrowsMoveSelection } from '../actions/useShortcuts';
import { useEditor } from '../store/editorStore';
import { reviewMap } from '../store/testMaps';
import { createConnectByDrop, nodeIdAt } from './connectByDrop';

/** A node element as React Flow draws it, with a child the pointer is over. */
function drawnNode(id: string, lane = false): Element {
  const node = document.createElement('div');
  node.className = `react-flow__node${lane ? ' react-flow__node-lane' : ''}`;
  node.setAttribute('data-id', id);
  const inside = document.createElement('span');
  node.append(inside);
  document.body.append(node);
  return inside;
}

let under: Element[] = [];
beforeEach(() => {
  document.body.innerHTML = '';
  under = [];
  // jsdom lays nothing out: the elements "under the pointer" are given by each test.
  document.elementsFromPoint = () => under;
  useEditor.getState().open('p', reviewMap());
});
afterEach(() => {
  document.body.innerHTML = '';
});

const end = (from: string, handle: 'source' | 'target' = 'source') =>
  ({ fromNode: { id: from }, fromHandle: { type: handle } }) as unknown as FinalConnectionState;
const pointer = { clientX: 10, clientY: 10 } as MouseEvent;
const flows = () => useEditor.getState().model!.flows.map((f) => `${f.source}>${f.target}`);

describe('the shape under the pointer', () => {
  it('is the topmost drawn node, lanes aside', () => {
    under = [document.createElement('div'), drawnNode('clerks', true), drawnNode('review'), drawnNode('other')];
    expect(nodeIdAt(0, 0)).toBe('review');
    under = [drawnNode('clerks', true)];
    expect(nodeIdAt(0, 0)).toBeNull();
  });
});

describe('connecting by dropping', () => {
  it('joins the shape under the pointer, even where React Flow snapped to another handle', () => {
    const connect = createConnectByDrop();
    connect.onConnectStart();
    connect.onConnect({ source: 'start', target: 'review', sourceHandle: null, targetHandle: null });
    under = [drawnNode('done')];
    connect.onConnectEnd(pointer, end('start'));
    expect(flows()).toEqual(['start>review', 'review>done', 'start>done']);
  });

  it('uses the snapped handle over empty canvas, and a drag out of an incoming handle makes the flow arrive', () => {
    useEditor.getState().open('p', { ...reviewMap(), flows: [] });
    const connect = createConnectByDrop();
    connect.onConnectStart();
    connect.onConnect({ source: 'review', target: 'done', sourceHandle: null, targetHandle: null });
    connect.onConnectEnd(pointer, end('review'));
    connect.onConnectStart();
    under = [drawnNode('start')];
    connect.onConnectEnd(pointer, end('review', 'target'));
    expect(flows()).toEqual(['review>done', 'start>review']);
  });

  it('draws nothing over empty canvas or the source, and says why a refused drop is refused', () => {
    const connect = createConnectByDrop();
    connect.onConnectStart();
    connect.onConnectEnd(pointer, end('review'));
    under = [drawnNode('review')];
    connect.onConnectEnd(pointer, end('review'));
    expect(flows()).toEqual(['start>review', 'review>done']);
    under = [drawnNode('start')];
    connect.onConnectEnd(pointer, end('review'));
    expect(flows()).toHaveLength(2);
    expect(useEditor.getState().notice).toBe("'Submitted' is a start event: it begins cases and takes no flow in.");
  });

  it('connects at once on click-to-connect, which has no drag', () => {
    createConnectByDrop().onConnect({ source: 'start', target: 'done', sourceHandle: null, targetHandle: null });
    expect(flows()).toContain('start>done');
  });
});

describe('arrow keys', () => {
  it('belong to the map when the focus is on the canvas or nowhere, not in a panel', () => {
    const canvas = document.createElement('div');
    canvas.className = 'fw-canvas';
    const node = document.createElement('div');
    canvas.append(node);
    const tab = document.createElement('button');
    document.body.append(canvas, tab);
    expect(arrowsMoveSelection(document.body)).toBe(true);
    expect(arrowsMoveSelection(node)).toBe(true);
    expect(arrowsMoveSelection(tab)).toBe(false);
  });
});
