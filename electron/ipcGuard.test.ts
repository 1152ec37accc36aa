import { describe, expect, it } from 'vitest';
import { handleFromOwnPage, type SenderFrameEvent } from './ipcGuard';

interface FakeContents {
  id: number;
}
const ourWindow: FakeContents = { id: 1 };
const otherContents: FakeContents = { id: 2 };
const top = (url: string) => ({ url, parent: null });

function registered() {
  const listeners = new Map<string, (event: SenderFrameEvent<FakeContents>, request: unknown) => Promise<unknown>>();
  const received: unknown[] = [];
  handleFromOwnPage<FakeContents>(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    {
      'flowwright:open-file': async (request) => (received.push(request), 'opened'),
      'flowwright:save-file': async (request) => (received.push(request), 'saved'),
    },
    (contents) => contents === ourWindow,
  );
  const send = (event: SenderFrameEvent<FakeContents>, channel = 'flowwright:open-file') =>
    listeners.get(channel)!(event, { accept: ['.json'] });
  return { listeners, received, send };
}

describe('IPC sender check', () => {
  it('registers every handler and answers the app’s own page', async () => {
    const { listeners, received, send } = registered();
    expect([...listeners.keys()]).toEqual(['flowwright:open-file', 'flowwright:save-file']);
    const own = { sender: ourWindow, senderFrame: top('app://flowwright/index.html') };
    expect(await send(own)).toBe('opened');
    expect(await send(own, 'flowwright:save-file')).toBe('saved');
    expect(received).toHaveLength(2);
  });

  it.each([
    ['another site', { sender: ourWindow, senderFrame: top('https://evil.example/') }],
    ['a look-alike host', { sender: ourWindow, senderFrame: top('app://flowwright.evil/index.html') }],
    ['a local file', { sender: ourWindow, senderFrame: top('file:///home/ana/page.html') }],
    ['a frame inside the page', { sender: ourWindow, senderFrame: { url: 'app://flowwright/x', parent: {} } }],
    ['a closed frame', { sender: ourWindow, senderFrame: null }],
    ['contents not of our window', { sender: otherContents, senderFrame: top('app://flowwright/index.html') }],
  ])('refuses %s', async (_label, event) => {
    const { received, send } = registered();
    await expect(send(event)).rejects.toThrow(/refused a flowwright:open-file request/);
    expect(received).toEqual([]);
  });
});
