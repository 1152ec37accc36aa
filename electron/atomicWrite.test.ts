import path from 'node:path';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryName, writeFileAtomic, type AtomicFileSystem, type WritableFile } from './atomicWrite';

type Step = 'open' | 'write' | 'sync' | 'close' | 'rename';

/** The real file system, except that one step fails as a full or broken disk would make it. */
function failingAt(step: Step): AtomicFileSystem {
  const fail = (what: string) => Object.assign(new Error(`${what} failed`), { code: 'ENOSPC' });
  return {
    ...fs,
    open: async (file, flags, mode) => {
      if (step === 'open' && flags === 'wx') throw fail('open');
      const handle = await fs.open(file, flags, mode);
      const wrapped: WritableFile = {
        writeFile: async (data) => {
          if (step !== 'write') return handle.writeFile(data);
          // Half the data reaches the disk before it fills up.
          await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.slice(0, 1));
          throw fail('write');
        },
        sync: async () => {
          if (step === 'sync') throw fail('sync');
          return handle.sync();
        },
        close: async () => {
          await handle.close();
          if (step === 'close' && flags === 'wx') throw fail('close');
        },
      };
      return wrapped;
    },
    rename: async (from, to) => {
      if (step === 'rename') throw fail('rename');
      return fs.rename(from, to);
    },
  };
}

describe('atomic file writes', () => {
  let folder: string;
  let target: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'flowwright-atomic-'));
    target = path.join(folder, 'Claims.flow.json');
  });
  afterEach(() => fs.rm(folder, { recursive: true, force: true }));

  it('replaces the file whole and leaves nothing else behind', async () => {
    await fs.writeFile(target, '{"old":true}');
    await writeFileAtomic(target, '{"new":true}');
    expect(await fs.readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await fs.readdir(folder)).toEqual(['Claims.flow.json']);
  });

  it('creates a new file, and writes bytes unchanged', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await writeFileAtomic(path.join(folder, 'map.png'), png);
    expect(new Uint8Array(await fs.readFile(path.join(folder, 'map.png')))).toEqual(png);
  });

  it.each<Step>(['open', 'write', 'sync', 'close', 'rename'])(
    'keeps the old file and removes the temporary one when %s fails',
    async (step) => {
      await fs.writeFile(target, '{"old":true}');
      await expect(writeFileAtomic(target, '{"new":"a longer text than before"}', failingAt(step))).rejects.toThrow(
        `${step} failed`,
      );
      expect(await fs.readFile(target, 'utf8')).toBe('{"old":true}');
      expect(await fs.readdir(folder)).toEqual(['Claims.flow.json']);
    },
  );

  it('creates no file at all when a first save fails', async () => {
    await expect(writeFileAtomic(target, '{}', failingAt('sync'))).rejects.toThrow('sync failed');
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    await fs.writeFile(target, 'old', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('writes through a symbolic link, keeping the link', async () => {
    const real = path.join(folder, 'real.flow.json');
    await fs.writeFile(real, 'old');
    await fs.symlink(real, target);
    await writeFileAtomic(target, 'new');
    expect((await fs.lstat(target)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe('new');
  });

  it('names the temporary file beside the target, hidden and short', () => {
    const long = path.join('/home/ana', `${'x'.repeat(300)}.flow.json`);
    const temporary = temporaryName(long, 'abc123');
    expect(path.dirname(temporary)).toBe('/home/ana');
    expect(path.basename(temporary)).toMatch(/^\.x+\.abc123\.tmp$/);
    expect(path.basename(temporary).length).toBeLessThan(120);
  });
});
