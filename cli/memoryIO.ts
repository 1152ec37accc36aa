import type { CliIO } from './io';

/**
 * A command line over files in memory, for tests. `files` holds text and `binary` bytes: each starts with the given
 * files and records what commands write. A read of a path that holds neither rejects with `code` 'ENOENT', as Node does.
 */
export function memoryIO(initial: Record<string, string | Uint8Array> = {}, options: { isTTY?: boolean } = {}) {
  const files: Record<string, string> = {};
  const binary: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(initial)) {
    if (typeof content === 'string') files[path] = content;
    else binary[path] = content;
  }
  const out = { stdout: '', stderr: '' };
  const find = (path: string): string | Uint8Array => {
    if (Object.hasOwn(files, path)) return files[path];
    if (Object.hasOwn(binary, path)) return binary[path];
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  };
  // A path holds text or bytes, never both, so a read sees the last write.
  const forget = (path: string) => {
    delete files[path];
    delete binary[path];
  };
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readText: async (path) => {
      const content = find(path);
      return typeof content === 'string' ? content : new TextDecoder().decode(content);
    },
    readBytes: async (path) => {
      const content = find(path);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeText: async (path, text) => {
      forget(path);
      files[path] = text;
    },
    writeBytes: async (path, bytes) => {
      forget(path);
      binary[path] = bytes;
    },
    isTTY: options.isTTY ?? false,
  };
  return { io, out, files, binary };
}
