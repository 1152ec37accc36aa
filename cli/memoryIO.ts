import type { CliIO } from './io';
import type { OutputFile } from './outputFile';

/**
 * A command line over files in memory, for tests. `files` holds text and `binary` bytes: each starts with the given
 * files and records what commands write (a streamed output once it is committed). A read of a path that holds neither
 * rejects with `code` 'ENOENT', as Node does; every output path counts as writable.
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
    checkOutput: async () => undefined,
    openOutput: async (path) => {
      const parts: Array<string | Uint8Array> = [];
      let open = true;
      const output: OutputFile = {
        write: (data) => {
          if (!open) throw new Error(`${path} is closed`);
          parts.push(data);
          return true;
        },
        drain: async () => undefined,
        commit: async () => {
          open = false;
          if (parts.every((part) => typeof part === 'string')) return io.writeText(path, parts.join(''));
          const bytes = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : part));
          const whole = new Uint8Array(bytes.reduce((sum, part) => sum + part.length, 0));
          bytes.reduce((at, part) => (whole.set(part, at), at + part.length), 0);
          await io.writeBytes(path, whole);
        },
        abort: async () => void (open = false),
      };
      return output;
    },
    isTTY: options.isTTY ?? false,
  };
  return { io, out, files, binary };
}
