import { describe, expect, it } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { askAboutDiskChange, checkDisk, stampOf, type DiskChangeDeps } from './diskChange';

const bytes = (text: string) => new TextEncoder().encode(text);
const errno = (code: string) => Object.assign(new Error(code), { code });

function disk(files: Record<string, { text: string; mtimeMs: number }>) {
  const reads: string[] = [];
  const deps: DiskChangeDeps = {
    stat: async (p) => {
      const f = files[p];
      if (!f) throw errno('ENOENT');
      return { mtimeMs: f.mtimeMs, size: bytes(f.text).length };
    },
    readFile: async (p) => {
      reads.push(p);
      return bytes(files[p].text);
    },
  };
  return { deps, reads };
}

describe('a file changed on disk', () => {
  const original = '{"id":"a"}';
  const known = stampOf(bytes(original), { mtimeMs: 1000, size: bytes(original).length });

  it('is unchanged when time and size are the same, without reading it', async () => {
    const { deps, reads } = disk({ '/m.flow.json': { text: original, mtimeMs: 1000 } });
    expect((await checkDisk('/m.flow.json', known, deps)).state).toBe('unchanged');
    expect(reads).toEqual([]);
  });

  it('is unchanged when only the time moved but the bytes are the same', async () => {
    const { deps, reads } = disk({ '/m.flow.json': { text: original, mtimeMs: 2000 } });
    const result = await checkDisk('/m.flow.json', known, deps);
    expect(result.state).toBe('unchanged');
    expect(reads).toEqual(['/m.flow.json']);
    // The new time is remembered, so the next focus does not read it again.
    expect(result.state === 'unchanged' && result.stamp.mtimeMs).toBe(2000);
  });

  it('is changed when the bytes differ, and hands them over', async () => {
    const { deps } = disk({ '/m.flow.json': { text: '{"id":"b"}', mtimeMs: 2000 } });
    const result = await checkDisk('/m.flow.json', known, deps);
    expect(result.state).toBe('changed');
    expect(result.state === 'changed' && new TextDecoder().decode(result.bytes)).toBe('{"id":"b"}');
  });

  it('is missing when the file was deleted or moved', async () => {
    const { deps } = disk({});
    expect((await checkDisk('/m.flow.json', known, deps)).state).toBe('missing');
  });

  it('asks Reload or Keep, defaulting to Keep when there are unsaved changes', async () => {
    const asked: MessageBoxOptions[] = [];
    const show = (response: number) => async (o: MessageBoxOptions) => (asked.push(o), { response });
    expect(await askAboutDiskChange(show(0), 'm.flow.json', false)).toBe('reload');
    expect(await askAboutDiskChange(show(1), 'm.flow.json', true)).toBe('keep');
    expect(asked[0].message).toContain('m.flow.json');
    expect(asked[0].defaultId).toBe(0);
    expect(asked[1].defaultId).toBe(1);
    expect(asked[1].detail).toContain('loses the changes');
  });
});
