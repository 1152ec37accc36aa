import path from 'node:path';
import os from 'node:os';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAtMost } from './fileRead';

describe('reading a file within a limit', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'flowwright-read-'));
  });
  afterEach(() => fs.rm(folder, { recursive: true, force: true }));

  it('reads a file up to the limit whole', async () => {
    const file = path.join(folder, 'a.csv');
    const bytes = new Uint8Array(3_000_000).map((_, i) => i % 251);
    await fs.writeFile(file, bytes);
    const read = await readAtMost(file, 3_000_000);
    // Compared as buffers: a deep equality over 3 million elements would take minutes.
    expect(read && Buffer.from(read).equals(bytes)).toBe(true);
    expect(await readAtMost(path.join(folder, 'a.csv'), 2_999_999)).toBeNull();
  });

  it('reads an empty file', async () => {
    await fs.writeFile(path.join(folder, 'empty.csv'), '');
    expect(await readAtMost(path.join(folder, 'empty.csv'), 10)).toEqual(new Uint8Array(0));
  });

  it.skipIf(!existsSync('/dev/zero'))('stops at the limit on an endless device whose size reads as 0', async () => {
    expect((await fs.stat('/dev/zero')).size).toBe(0);
    expect(await readAtMost('/dev/zero', 5_000_000)).toBeNull();
  });
});
