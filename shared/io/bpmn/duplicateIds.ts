/** Where the parser met an element whose id an earlier element already has (0-based, as saxen counts). */
export interface DuplicateAt {
  id: string;
  line: number;
  column: number;
}

/** One id given to an element that repeated an earlier element's id. */
export interface DuplicateRename {
  from: string;
  to: string;
  /** 1-based line of the element. */
  line: number;
  /** The element's local name (`process`, `task`). */
  element: string;
  /** Its name attribute, when it has one. */
  name?: string;
}

/** Reads a parser warning about a repeated id (`… line: 8 … column: 2 … duplicate ID <test>`). */
export function duplicateAt(message: string): DuplicateAt | undefined {
  const id = /duplicate ID <([^>]*)>/.exec(message)?.[1];
  const line = /line: (\d+)/.exec(message)?.[1];
  const column = /column: (\d+)/.exec(message)?.[1];
  return id === undefined || line === undefined ? undefined : { id, line: Number(line), column: Number(column ?? 0) };
}

/** The offset where each line starts, found once. */
function lineStarts(xml: string): number[] {
  const starts = [0];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Gives each element that repeats an id (as the parser reported them) a new id of its own, `test_2`, so that it is
 * read rather than dropped, as lenient readers such as bpmn-js do. References to the id keep pointing to the first
 * element, as they do for those readers. Returns the new text and what was renamed.
 */
export function renameDuplicateIds(
  xml: string,
  duplicates: DuplicateAt[],
): { xml: string; renamed: DuplicateRename[] } {
  const taken = new Set([...xml.matchAll(/\sid\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  const starts = lineStarts(xml);
  const renamed: DuplicateRename[] = [];
  const pieces: string[] = [];
  let copied = 0;
  const nextNumber = new Map<string, number>();
  const inOrder = [...duplicates].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const duplicate of inOrder) {
    const attribute = new RegExp(`(\\sid\\s*=\\s*)(["'])${escapeRegExp(duplicate.id)}\\2`, 'g');
    attribute.lastIndex = Math.max(copied, (starts[duplicate.line] ?? xml.length) + duplicate.column);
    const match = attribute.exec(xml);
    if (!match) continue;
    let count = nextNumber.get(duplicate.id) ?? 2;
    while (taken.has(`${duplicate.id}_${count}`)) count++;
    nextNumber.set(duplicate.id, count + 1);
    const to = `${duplicate.id}_${count}`;
    taken.add(to);
    const tag = xml.slice(xml.lastIndexOf('<', match.index), xml.indexOf('>', match.index) + 1);
    const element = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(tag)?.[1] ?? 'element';
    const name = /\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
    pieces.push(xml.slice(copied, match.index), `${match[1]}${match[2]}${to}${match[2]}`);
    copied = match.index + match[0].length;
    const named = name?.[1] ?? name?.[2];
    renamed.push({ from: duplicate.id, to, line: duplicate.line + 1, element, ...(named ? { name: named } : {}) });
  }
  pieces.push(xml.slice(copied));
  return { xml: pieces.join(''), renamed };
}
