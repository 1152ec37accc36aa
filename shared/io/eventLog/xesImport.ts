import type { EventLog } from '../../log/eventLog';
import { XesReader } from './xesReader';

export interface XesImportOptions {
  /** Called after each chunk with the bytes read so far (of the file as given, compressed or not) and the total. */
  onProgress?: (progress: { bytes: number; total?: number; events: number }) => void;
}

const chunkBytes = 1 << 20;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += chunkBytes)));
    },
  });
}

/** Counts the bytes passing through, for progress on the file as given. */
function counted(stream: ReadableStream<Uint8Array>, onBytes: (bytes: number) => void): ReadableStream<Uint8Array> {
  let bytes = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.length;
        onBytes(bytes);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** Reads XES text in one piece (for small logs and tests); see importXes for files. */
export function readXesText(text: string): EventLog {
  const reader = new XesReader();
  reader.write(text);
  return reader.close();
}

/** The stream with its first bytes put back, and whether they are the gzip signature. */
async function peekGzip(stream: ReadableStream<Uint8Array>): Promise<[ReadableStream<Uint8Array>, boolean]> {
  const reader = stream.getReader();
  // the signature is two bytes: read until there are two, however small the chunks
  let head = new Uint8Array();
  while (head.length < 2) {
    const { done, value } = await reader.read();
    if (done) break;
    const joined = new Uint8Array(head.length + value.length);
    joined.set(head);
    joined.set(value, head.length);
    head = joined;
  }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.length) controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return [rest, isGzip(head)];
}

/**
 * Reads an XES log from a stream of bytes (a file's `stream()` in a worker), `.xes` or `.xes.gz` told apart by the
 * gzip signature: gzip is inflated by the platform's DecompressionStream and the XML parsed by saxes chunk by
 * chunk, so neither the file, the inflated text nor a DOM of it is ever held whole.
 */
export async function importXesStream(
  input: ReadableStream<Uint8Array>,
  options: XesImportOptions & { total?: number } = {},
): Promise<EventLog> {
  const reader = new XesReader();
  let read = 0;
  const [peeked, gzip] = await peekGzip(counted(input, (count) => (read = count)));
  const stream = gzip
    ? peeked.pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    : peeked;
  const decoder = new TextDecoder('utf-8');
  const source = stream.getReader();
  for (;;) {
    const { done, value } = await source.read();
    if (done) break;
    reader.write(decoder.decode(value, { stream: true }));
    options.onProgress?.({ bytes: read, total: options.total, events: reader.eventsRead });
  }
  reader.write(decoder.decode());
  return reader.close();
}

/** Reads an XES log (`.xes` or `.xes.gz`) from its bytes, as a stream; see importXesStream. */
export function importXes(bytes: Uint8Array, options: XesImportOptions = {}): Promise<EventLog> {
  return importXesStream(chunked(bytes), { ...options, total: bytes.length });
}
