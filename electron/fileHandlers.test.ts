import { describe, expect, it } from 'vitest';
import { fileHandlers, type FileHandlerDeps } from './fileHandlers';

function fakeDeps(overrides: Partial<FileHandlerDeps> = {}) {
  const written: Record<string, string> = {};
  const deps: FileHandlerDeps = {
    showOpenDialog: async () => ({ canceled: false, filePaths: ['/home/ana/maps/approval.flow.json'] }),
    showSaveDialog: async () => ({ canceled: false, filePath: '/home/ana/out.flow.json' }),
    fileSize: async () => 120,
    readText: async () => '{"format":"flowwright.process"}',
    writeText: async (file, text) => void (written[file] = text),
    baseName: (file) => file.split('/').pop()!,
    ...overrides,
  };
  return { handlers: fileHandlers(deps), written };
}

describe('main-process file handlers', () => {
  it('opens the chosen file', async () => {
    const { handlers } = fakeDeps();
    expect(await handlers.openFile({ accept: ['.flow.json'], maxBytes: 1000 })).toEqual({
      status: 'opened', name: 'approval.flow.json', text: '{"format":"flowwright.process"}',
    });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { handlers } = fakeDeps({ fileSize: async () => 5000, readText: async () => { throw new Error('read'); } });
    expect(await handlers.openFile({ accept: ['.json'], maxBytes: 1000 })).toMatchObject({ status: 'tooLarge', bytes: 5000 });
  });

  it('reports a cancelled dialog', async () => {
    const { handlers } = fakeDeps({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }) });
    expect(await handlers.openFile({ accept: ['.json'], maxBytes: 1 })).toEqual({ status: 'cancelled' });
    expect(await handlers.saveFile({ name: 'a.flow.json', text: '{}' })).toEqual({ status: 'cancelled' });
  });

  it('saves where the user chose', async () => {
    const { handlers, written } = fakeDeps();
    expect(await handlers.saveFile({ name: 'a.flow.json', text: '{"x":1}' })).toEqual({ status: 'saved', path: '/home/ana/out.flow.json' });
    expect(written['/home/ana/out.flow.json']).toBe('{"x":1}');
  });

  it('rejects malformed requests from the renderer', async () => {
    const { handlers } = fakeDeps();
    await expect(handlers.openFile({ accept: [], maxBytes: -1 })).rejects.toThrow();
    await expect(handlers.saveFile({ name: '', text: 1 })).rejects.toThrow();
  });
});
