import { open } from 'node:fs/promises';

const chunkBytes = 1 << 20;

/**
 * Reads a file, but never more than `maxBytes` + 1 bytes: null when it holds more. The size seen by stat can be
 * wrong (a file still growing, a device such as /dev/zero, a pipe), so the limit is kept while reading too.
 */
export async function readAtMost(file: string, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(file, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(chunkBytes, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return null;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
