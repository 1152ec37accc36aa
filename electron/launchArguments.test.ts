import { describe, expect, it } from 'vitest';
import { documentsInArguments, isDocumentPath, openQueue } from './launchArguments';

describe('documents passed to the app', () => {
  it('takes maps and BPMN files from a packed app’s command line, resolved from its folder', () => {
    const argv = ['/opt/Flowwright/flowwright', 'approval.flow.json', '--no-sandbox', '/data/Order.BPMN', 'notes.txt'];
    expect(documentsInArguments(argv, '/home/ana/maps', true)).toEqual([
      '/home/ana/maps/approval.flow.json',
      '/data/Order.BPMN',
    ]);
  });

  it('skips the app folder of a development start (electron . file)', () => {
    const argv = ['/usr/lib/electron/electron', '.', 'a.flow.json'];
    expect(documentsInArguments(argv, '/w', false)).toEqual(['/w/a.flow.json']);
    // Packed, the same "." is not skipped as the app, but it is no document either.
    expect(documentsInArguments(['/opt/f', '.'], '/w', true)).toEqual([]);
  });

  it('passes each file once, and ignores Chromium switches that carry paths', () => {
    const argv = ['/opt/f', '--user-data-dir=/tmp/x.flow.json', 'a.flow.json', './a.flow.json'];
    expect(documentsInArguments(argv, '/w', true)).toEqual(['/w/a.flow.json']);
  });

  it('knows its file kinds', () => {
    expect(isDocumentPath('x.flow.json')).toBe(true);
    expect(isDocumentPath('x.json')).toBe(false);
    expect(isDocumentPath('x.bpmn')).toBe(true);
  });

  it('holds files asked for before the app is ready, then opens them in order', () => {
    const opened: string[] = [];
    const queue = openQueue((f) => opened.push(f));
    queue.push(['/a.flow.json']);
    queue.push(['/b.bpmn', '/a.flow.json']);
    expect(opened).toEqual([]);
    queue.ready();
    expect(opened).toEqual(['/a.flow.json', '/b.bpmn']);
    queue.push(['/c.flow.json']);
    expect(opened).toEqual(['/a.flow.json', '/b.bpmn', '/c.flow.json']);
  });
});
