import { describe, expect, it } from 'vitest';
import { memoryIO } from './memoryIO';

describe('memoryIO', () => {
  it('converts between text and bytes on read', async () => {
    const { io } = memoryIO({ 'a.txt': 'héllo', 'b.bin': new TextEncoder().encode('wörld') });
    expect(new TextDecoder().decode(await io.readBytes('a.txt'))).toBe('héllo');
    expect(await io.readText('b.bin')).toBe('wörld');
  });

  it('rejects a missing path like Node does, and records writes', async () => {
    const { io, files, binary, out } = memoryIO();
    await expect(io.readText('nope')).rejects.toMatchObject({ code: 'ENOENT' });
    await io.writeText('out.txt', 'x');
    await io.writeBytes('out.png', new Uint8Array([1]));
    io.stdout('a');
    io.stderr('b');
    expect(files['out.txt']).toBe('x');
    expect(binary['out.png']).toEqual(new Uint8Array([1]));
    expect(out).toEqual({ stdout: 'a', stderr: 'b' });
  });
});
