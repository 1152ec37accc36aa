import type { ProcessModel } from '../../shared/model';

/** Each map object is fingerprinted once: edits make new objects, so a kept fingerprint never goes out of date. */
const known = new WeakMap<ProcessModel, string>();

/** The map's content as text with object keys sorted, so that key order (which undo may change) does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash, as 14 hex digits; a collision between two edits of one map is negligible. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The revision of a map's content: equal maps have equal revisions however they were reached (an edit and its undo
 * give back the revision before the edit), and any change to the map gives another.
 */
export function mapRevision(model: ProcessModel): string {
  let revision = known.get(model);
  if (revision === undefined) {
    revision = hash(canonical(model));
    known.set(model, revision);
  }
  return revision;
}
