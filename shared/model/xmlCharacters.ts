import type { ProcessModel } from './schema';

// XML 1.0 forbids C0 control characters other than tab, line feed and carriage return, U+FFFE and U+FFFF, and
// a surrogate that is not half of a pair; one of them anywhere makes a BPMN, SVG or XES export malformed.
/** A regular expression source matching one character that XML 1.0 does not allow in a document. */
export const forbiddenXmlSource =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const forbiddenOne = new RegExp(forbiddenXmlSource);
const forbiddenAll = new RegExp(forbiddenXmlSource, 'g');

/** Whether text holds a character that XML 1.0 does not allow in a document. */
export function hasForbiddenXmlCharacters(text: string): boolean {
  return forbiddenOne.test(text);
}

/** The text without the characters XML 1.0 does not allow; text without any is returned as it is. */
export function withoutForbiddenXmlCharacters(text: string): string {
  return forbiddenOne.test(text) ? text.replace(forbiddenAll, '') : text;
}

/** A copy of `value` with every string and object key cleaned, or `value` itself when nothing needed it. */
function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return withoutForbiddenXmlCharacters(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, i) => {
      const next = cleaned(item);
      if (next !== item) (copy ??= value.slice())[i] = next;
    });
    return copy ?? value;
  }
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const next: [string, unknown] = [withoutForbiddenXmlCharacters(key), cleaned(item)];
    if (next[0] !== key || next[1] !== item) changed = true;
    return next;
  });
  return changed ? Object.fromEntries(entries) : value;
}

const lists = { nodes: 'node', flows: 'flow', lanes: 'lane' } as const;
const mapParts: Record<string, string> = { data: 'data fields', simulation: 'simulation settings' };

function describeElement(kind: string, element: { id: string; name?: string }): string {
  return element.name ? `${kind} "${element.name}" (${element.id})` : `${kind} ${element.id}`;
}

/**
 * The model with the characters XML forbids removed from every string (extensions and their keys included), and
 * one line per element that had any, naming it and the fields cleaned. Nesting is bounded by restore() beforehand.
 */
export function stripForbiddenXmlCharacters(model: ProcessModel): { model: ProcessModel; fixes: string[] } {
  const fixes: string[] = [];
  const result: Record<string, unknown> = { ...model };
  const report = (where: string) =>
    fixes.push(`removed characters that XML does not allow (control characters) from ${where}`);
  for (const [key, value] of Object.entries(model)) {
    const kind = lists[key as keyof typeof lists];
    if (!kind) {
      const next = cleaned(value);
      if (next !== value) report(`the map's ${mapParts[key] ?? key}`);
      result[key] = next;
      continue;
    }
    result[key] = (value as Record<string, unknown>[]).map((item) => {
      const next = cleaned(item) as Record<string, unknown>;
      if (next !== item) {
        const fields = Object.keys(item).filter((field) => next[field] !== item[field]);
        report(`${describeElement(kind, next as { id: string; name?: string })}: ${fields.join(', ')}`);
      }
      return next;
    });
  }
  return { model: result as ProcessModel, fixes };
}
