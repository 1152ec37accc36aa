import { describe, expect, it } from 'vitest';
import type { FlowwrightBridge, OpenFileResponse, SaveFileResponse } from '../../shared/ipc/contract';
import { createElectronPlatform } from './electronPlatform';
import { createPlatform } from './platform';

function bridge(open: OpenFileResponse | object, save: SaveFileResponse | object = { status: 'cancelled' }) {
  const requests: unknown[] = [];
  const fake: FlowwrightBridge = {
    openFile: async (request) => {
      requests.push(request);
      return open as OpenFileResponse;
    },
    saveFile: async (request) => {
      requests.push(request);
      return save as SaveFileResponse;
    },
    saveBytes: async (request) => {
      requests.push(request);
      return save as SaveFileResponse;
    },
    onMenuAction: () => () => {},
  };
  return { fake, requests };
}

const options = { accept: ['.flow.json'], maxBytes: 1_000_000 };

describe('electron platform', () => {
  it('is chosen when the preload bridge is present', () => {
    expect(createPlatform({ flowwright: bridge({ status: 'cancelled' }).fake } as unknown as Window).kind).toBe(
      'electron',
    );
  });

  it('opens a file through the bridge, as text and as its bytes', async () => {
    const bytes = new TextEncoder().encode('{"name":"Café"}');
    const { fake, requests } = bridge({ status: 'opened', name: 'a.flow.json', bytes });
    const platform = createElectronPlatform(fake);
    expect(platform.kind).toBe('electron');
    expect(await platform.openFile(options)).toEqual({ name: 'a.flow.json', text: '{"name":"Café"}', bytes });
    expect(requests).toEqual([options]);
  });

  it('returns null on cancel and refuses a file the main process found too large', async () => {
    expect(await createElectronPlatform(bridge({ status: 'cancelled' }).fake).openFile(options)).toBeNull();
    const tooLarge = createElectronPlatform(
      bridge({ status: 'tooLarge', name: 'big.flow.json', bytes: 30_000_000, maxBytes: 1_000_000 }).fake,
    );
    await expect(tooLarge.openFile(options)).rejects.toMatchObject({
      code: 'FW_RESTORE_TOO_LARGE',
      message: '"big.flow.json" is 30 MB; Flowwright opens files up to 1 MB',
    });
  });

  it('states the limit the main process applied, not the one it asked for', async () => {
    const tooLarge = bridge({ status: 'tooLarge', name: 'big.flow.json', bytes: 30_000_000, maxBytes: 20_000_000 });
    await expect(createElectronPlatform(tooLarge.fake).openFile({ ...options, maxBytes: 50_000_000 })).rejects.toThrow(
      '"big.flow.json" is 30 MB; Flowwright opens files up to 20 MB',
    );
  });

  it('passes on why the main process could not read a file', async () => {
    const failed = bridge({ status: 'failed', message: '"a.flow.json" could not be opened: permission was denied.' });
    await expect(createElectronPlatform(failed.fake).openFile(options)).rejects.toMatchObject({
      code: 'FW_FILE_UNREADABLE',
      message: '"a.flow.json" could not be opened: permission was denied.',
    });
  });

  it('throws the main process’s message when a save failed, for text and for bytes', async () => {
    const message =
      '"Claims.png" was not saved: the disk is full (ENOSPC). A file already at that place is left as it was.';
    const platform = createElectronPlatform(bridge({ status: 'cancelled' }, { status: 'failed', message }).fake);
    await expect(platform.saveFile('Claims.flow.json', '{}')).rejects.toMatchObject({
      code: 'FW_FILE_UNWRITABLE',
      message,
    });
    await expect(platform.saveBytes('Claims.png', new Uint8Array([1]), 'image/png')).rejects.toMatchObject({
      code: 'FW_FILE_UNWRITABLE',
      message,
    });
  });

  it('rejects a malformed answer from the bridge', async () => {
    await expect(
      createElectronPlatform(bridge({ status: 'opened', name: 'a', text: '{}' }).fake).openFile(options),
    ).rejects.toThrow();
  });

  it('saves through the bridge and reports a cancelled dialog', async () => {
    const saved = bridge({ status: 'cancelled' }, { status: 'saved', path: '/home/a/Claims.flow.json' });
    expect(await createElectronPlatform(saved.fake).saveFile('Claims.flow.json', '{}\n')).toBe(true);
    expect(saved.requests).toEqual([{ name: 'Claims.flow.json', text: '{}\n' }]);
    expect(await createElectronPlatform(bridge({ status: 'cancelled' }).fake).saveFile('Claims.flow.json', '{}')).toBe(
      false,
    );
  });

  it('saves bytes through the bridge', async () => {
    const saved = bridge({ status: 'cancelled' }, { status: 'saved', path: '/home/a/Claims.png' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(await createElectronPlatform(saved.fake).saveBytes('Claims.png', png, 'image/png')).toBe(true);
    expect(saved.requests).toEqual([{ name: 'Claims.png', bytes: png }]);
  });
});
