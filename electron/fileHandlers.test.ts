import { describe, expect, it } from 'vitest';
import { fileHandlers, type FileHandlerDeps } from './fileHandlers';

function fakeDeps(overrides: Partial<FileHandlerDeps> = {}) {
  const written: Record<string, string | Uint8Array> = {};
  const deps: FileHandlerDeps = {
    showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/ana/maps/approval.flow.json'] }),
    showSaveDialog: async () => ({ canceled: false, filePath: '/home/ana/out.flow.json' }),
    fileSize: async () => 120,
    readBytes: async () => new TextEncoder().encode('{"format":"flowwright.process"}'),
    writeText: async (file, text) => void (written[file] = text),
    writeBytes: async (file, bytes) => void (written[file] = bytes),
    baseName: (file) => file.split('/').pop()!,
    ...overrides,
  };
  return { handlers: fileHandlers(deps), written };
}

describe('main-process file handlers', () => {
  it('opens the chosen file as its bytes', async () => {
    const { handlers } = fakeDeps();
    expect(await handlers.openFile({ accept: ['.flow.json'], maxBytes: 1000 })).toEqual({
      status: 'opened',
      name: 'approval.flow.json',
      bytes: new TextEncoder().encode('{"format":"flowwright.process"}'),
    });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { handlers } = fakeDeps({
      fileSize: async () => 5000,
      readBytes: async () => {
        throw new Error('read');
      },
    });
    expect(await handlers.openFile({ accept: ['.json'], maxBytes: 1000 })).toMatchObject({
      status: 'tooLarge',
      bytes: 5000,
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

  it('rejects malformed requests from the renderer', async () => {
    const { handlers } = fakeDeps();
    await expect(handlers.openFile({ accept: [], maxBytes: -1 })).rejects.toThrow();
    await expect(handlers.saveFile({ name: '', text: 1 })).rejects.toThrow();
    await expect(handlers.saveBytes({ name: 'map.png', bytes: 'iVBORw0KGgo=' })).rejects.toThrow();
    await expect(handlers.saveBytes({ name: '', bytes: new Uint8Array(1) })).rejects.toThrow();
  });
});
