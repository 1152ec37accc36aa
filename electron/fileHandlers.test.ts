import path from 'node:path';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fileHandlers, type FileHandlerDeps } from './fileHandlers';
import { writeFileAtomic } from './atomicWrite';
import { maxDataFileBytes, maxMapFileBytes } from '../shared/ipc/openLimits';

const flowBytes = new TextEncoder().encode('{"format":"flowwright.process"}');
const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

function fakeDeps(overrides: Partial<FileHandlerDeps> = {}) {
  const written: Record<string, string | Uint8Array> = {};
  const calls = { readLimits: [] as number[], savePaths: [] as string[] };
  const deps: FileHandlerDeps = {
    showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/ana/maps/approval.flow.json'] }),
    showSaveDialog: async (options) => {
      calls.savePaths.push(options.defaultPath);
      return { canceled: false, filePath: '/home/ana/out.flow.json' };
    },
    fileInfo: async () => ({ size: 120, isFile: true }),
    readBytes: async (_file, maxBytes) => {
      calls.readLimits.push(maxBytes);
      return flowBytes;
    },
    writeFile: async (file, data) => void (written[file] = data),
    baseName: (file) => file.split('/').pop()!,
    ...overrides,
  };
  return { handlers: fileHandlers(deps), written, calls };
}

describe('main-process file handlers', () => {
  it('opens the chosen file as its bytes, reading no more than main’s limit', async () => {
    const { handlers, calls } = fakeDeps();
    expect(await handlers.openFile({ accept: ['.flow.json'] })).toEqual({
      status: 'opened',
      name: 'approval.flow.json',
      bytes: flowBytes,
    });
    expect(calls.readLimits).toEqual([maxMapFileBytes]);
  });

  it('keeps its own size limit when the renderer asks for a larger one', async () => {
    const { handlers, calls } = fakeDeps({ fileInfo: async () => ({ size: maxMapFileBytes + 1, isFile: true }) });
    expect(await handlers.openFile({ accept: ['.flow.json'], maxBytes: 10_000_000_000 })).toEqual({
      status: 'tooLarge',
      name: 'approval.flow.json',
      bytes: maxMapFileBytes + 1,
      maxBytes: maxMapFileBytes,
    });
    expect(calls.readLimits).toEqual([]);
  });

  it('sets the limit by the kind of file chosen, and lets the renderer lower it', async () => {
    const csv = fakeDeps({ showOpenDialog: async () => ({ canceled: false, filePaths: ['/d/cases.CSV'] }) });
    await csv.handlers.openFile({ accept: ['.csv'] });
    expect(csv.calls.readLimits).toEqual([maxDataFileBytes]);
    const lowered = fakeDeps({ fileInfo: async () => ({ size: 5000, isFile: true }) });
    expect(await lowered.handlers.openFile({ accept: ['.json'], maxBytes: 1000 })).toMatchObject({
      status: 'tooLarge',
      bytes: 5000,
      maxBytes: 1000,
    });
  });

  it('refuses a file that grew past the limit while it was read', async () => {
    const { handlers } = fakeDeps({ readBytes: async () => null });
    expect(await handlers.openFile({ accept: ['.flow.json'] })).toMatchObject({
      status: 'tooLarge',
      maxBytes: maxMapFileBytes,
    });
  });

  it('says why a file could not be opened', async () => {
    const denied = fakeDeps({ fileInfo: async () => Promise.reject(errno('EACCES')) });
    expect(await denied.handlers.openFile({ accept: ['.flow.json'] })).toEqual({
      status: 'failed',
      message: '"approval.flow.json" could not be opened: permission was denied (EACCES).',
    });
    const device = fakeDeps({ fileInfo: async () => ({ size: 0, isFile: false }) });
    expect(await device.handlers.openFile({ accept: ['.flow.json'] })).toEqual({
      status: 'failed',
      message: '"approval.flow.json" could not be opened: it is not a file.',
    });
  });

  it('reports a cancelled dialog', async () => {
    const { handlers } = fakeDeps({
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    });
    expect(await handlers.openFile({ accept: ['.json'], maxBytes: 1 })).toEqual({ status: 'cancelled' });
    expect(await handlers.saveFile({ name: 'a.flow.json', text: '{}' })).toEqual({ status: 'cancelled' });
    expect(await handlers.saveBytes({ name: 'a.png', bytes: new Uint8Array([1]) })).toEqual({ status: 'cancelled' });
  });

  it('saves where the user chose', async () => {
    const { handlers, written } = fakeDeps();
    expect(await handlers.saveFile({ name: 'a.flow.json', text: '{"x":1}' })).toEqual({
      status: 'saved',
      path: '/home/ana/out.flow.json',
    });
    expect(written['/home/ana/out.flow.json']).toBe('{"x":1}');
  });

  it('saves bytes unchanged where the user chose', async () => {
    const { handlers, written } = fakeDeps({
      showSaveDialog: async () => ({ canceled: false, filePath: '/home/ana/map.png' }),
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(await handlers.saveBytes({ name: 'map.png', bytes: png })).toEqual({
      status: 'saved',
      path: '/home/ana/map.png',
    });
    expect(written['/home/ana/map.png']).toEqual(png);
  });

  it('proposes only a base name in the save dialog', async () => {
    const { handlers, calls } = fakeDeps();
    await handlers.saveFile({ name: '../../.config/autostart/x.desktop', text: '' });
    await handlers.saveBytes({ name: 'C:\\Windows\\evil:name.png', bytes: new Uint8Array(1) });
    expect(calls.savePaths).toEqual(['x.desktop', 'evilname.png']);
  });

  it('says why a save failed, naming the file', async () => {
    const { handlers } = fakeDeps({ writeFile: async () => Promise.reject(errno('ENOSPC')) });
    expect(await handlers.saveFile({ name: 'a.flow.json', text: '{}' })).toEqual({
      status: 'failed',
      message:
        '"out.flow.json" was not saved: the disk is full (ENOSPC). A file already at that place is left as it was.',
    });
  });

  it('leaves the old file on disk when a save fails half way', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'flowwright-save-'));
    try {
      const target = path.join(folder, 'Claims.flow.json');
      await fs.writeFile(target, '{"old":true}');
      const failingRename = { ...fs, rename: async () => Promise.reject(errno('EBUSY')) };
      const { handlers } = fakeDeps({
        showSaveDialog: async () => ({ canceled: false, filePath: target }),
        writeFile: (file, data) => writeFileAtomic(file, data, failingRename),
        baseName: (file) => path.basename(file),
      });
      expect(await handlers.saveFile({ name: 'Claims.flow.json', text: '{"new":true}' })).toMatchObject({
        status: 'failed',
        message: expect.stringContaining('another program holds the file (EBUSY)'),
      });
      expect(await fs.readFile(target, 'utf8')).toBe('{"old":true}');
      expect(await fs.readdir(folder)).toEqual(['Claims.flow.json']);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });

  it('rejects malformed requests from the renderer', async () => {
    const { handlers } = fakeDeps();
    await expect(handlers.openFile({ accept: [], maxBytes: 10 })).rejects.toThrow();
    await expect(handlers.openFile({ accept: ['.json'], maxBytes: -1 })).rejects.toThrow();
    await expect(handlers.openFile({ accept: ['*'] })).rejects.toThrow();
    await expect(handlers.saveFile({ name: '', text: 1 })).rejects.toThrow();
    await expect(handlers.saveBytes({ name: 'map.png', bytes: 'iVBORw0KGgo=' })).rejects.toThrow();
    await expect(handlers.saveBytes({ name: '', bytes: new Uint8Array(1) })).rejects.toThrow();
  });
});
