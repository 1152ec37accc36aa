import { parseExpression } from 'feelin';
import type { DataField } from '../../shared/model';
import { compileExpression } from '../../shared/expr';
import { feelKeywords } from '../../shared/data';
import { feelBuiltins } from './feelBuiltins';

// Highlighting (feelLanguage) takes the keywords from here, with the completions.
export { feelKeywords };

/** What an expression can refer to: the map's case fields, and names the context adds (`base` in a duration). */
export interface ExpressionScope {
  fields: readonly DataField[];
  locals?: readonly { name: string; description: string }[];
}

export interface FeelSuggestion {
  label: string;
  kind: 'field' | 'local' | 'function' | 'keyword';
  detail: string;
  documentation?: string;
  /** Text inserted; functions add their parentheses. */
  insertText: string;
  /** The typed text the suggestion replaces, as offsets into the expression. */
  from: number;
  to: number;
}

export interface FeelHover {
  from: number;
  to: number;
  /** Markdown paragraphs. */
  contents: string[];
}

export interface FeelMarker {
  severity: 'error' | 'warning';
  message: string;
  from: number;
  to: number;
}

const isNameChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_?]/u.test(c);

/** A field's type in words: "number, required", "one of gold, silver". */
export function fieldTypeText(field: DataField): string {
  const type = field.type === 'enum' ? `one of ${(field.values ?? []).join(', ') || 'no values'}` : field.type;
  return field.required ? `${type}, required` : type;
}

function candidates(scope: ExpressionScope): Omit<FeelSuggestion, 'from' | 'to'>[] {
  return [
    ...scope.fields.map((f) => ({
      label: f.name,
      kind: 'field' as const,
      detail: fieldTypeText(f),
      documentation: f.validation ? `Valid when \`${f.validation}\`` : undefined,
      insertText: f.name,
    })),
    ...(scope.locals ?? []).map((l) => ({
      label: l.name,
      kind: 'local' as const,
      detail: l.description,
      insertText: l.name,
    })),
    ...feelBuiltins.map((b) => ({
      label: b.name,
      kind: 'function' as const,
      detail: `${b.name}(${b.parameters})`,
      documentation: b.description,
      insertText: `${b.name}(`,
    })),
    ...feelKeywords.map((k) => ({ label: k, kind: 'keyword' as const, detail: 'keyword', insertText: k })),
  ];
}

/** Where the name being typed starts: names may contain spaces ("string le|" completes "string length"). */
function typedNameStart(text: string, offset: number, labels: readonly string[]): number {
  let start = offset;
  while (start > 0 && isNameChar(text[start - 1])) start--;
  // Extend over earlier words while the typed run is still the start of a multi-word name.
  for (let probe = start; probe > 0 && text[probe - 1] === ' ';) {
    let wordStart = probe - 1;
    while (wordStart > 0 && isNameChar(text[wordStart - 1])) wordStart--;
    if (wordStart === probe - 1) break;
    const typed = text.slice(wordStart, offset).toLowerCase();
    if (!labels.some((label) => label.toLowerCase().startsWith(typed))) break;
    start = wordStart;
    probe = wordStart;
  }
  return start;
}

/** The completions at a cursor offset: the map's fields, context names, FEEL built-in functions and keywords. */
export function feelCompletions(scope: ExpressionScope, text: string, offset: number): FeelSuggestion[] {
  const all = candidates(scope);
  const from = typedNameStart(
    text,
    offset,
    all.map((c) => c.label),
  );
  return all.map((c) => ({ ...c, from, to: offset }));
}

/** Occurrences of a name in the text as a whole name (not part of a longer one). */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!isNameChar(text[at - 1]) && !isNameChar(text[at + name.length])) found.push(at);
  return found;
}

/** What the mouse is over: a field (its type, whether required, its validation), a context name or a function. */
export function feelHover(scope: ExpressionScope, text: string, offset: number): FeelHover | null {
  const named = [
    ...scope.fields.map((f) => ({
      name: f.name,
      contents: [
        `**${f.name}**: ${fieldTypeText(f)}`,
        ...(f.label ? [f.label] : []),
        ...(f.validation ? [`Valid when \`${f.validation}\``] : []),
      ],
    })),
    ...(scope.locals ?? []).map((l) => ({ name: l.name, contents: [`**${l.name}**: ${l.description}`] })),
    ...feelBuiltins.map((b) => ({ name: b.name, contents: [`**${b.name}**(${b.parameters})`, b.description] })),
  ].sort((a, b) => b.name.length - a.name.length);
  for (const entry of named)
    for (const at of occurrences(text, entry.name))
      if (offset >= at && offset <= at + entry.name.length)
        return { from: at, to: at + entry.name.length, contents: entry.contents };
  return null;
}

/** Names the expression reads that are neither fields, context names, nor its own bound variables. */
function unknownNames(text: string, known: readonly string[]): { name: string; from: number; to: number }[] {
  const tree = parseExpression(text, Object.fromEntries(known.map((name) => [name, null])), undefined);
  const bound = new Set(known);
  const read: { name: string; from: number; to: number }[] = [];
  tree.iterate({
    enter: (node) => {
      const name = text.slice(node.from, node.to);
      if (node.name === 'Name' || node.name === 'ParameterName') bound.add(name.trim());
      if (node.name !== 'VariableName') return;
      const callee = node.node.parent?.name === 'FunctionInvocation' && node.node.prevSibling === null;
      if (!callee) read.push({ name: name.trim(), from: node.from, to: node.to });
    },
  });
  return read.filter((r) => !bound.has(r.name));
}

/** Markers for an expression: its first syntax error, and names that are not fields of the map as warnings. */
export function feelMarkers(scope: ExpressionScope, text: string): FeelMarker[] {
  if (!text.trim()) return [];
  const known = [...scope.fields.map((f) => f.name), ...(scope.locals ?? []).map((l) => l.name)];
  const compiled = compileExpression(text, known);
  if (!compiled.ok) return [{ severity: 'error', ...compiled.error }];
  return unknownNames(text, known).map((u) => ({
    severity: 'warning',
    message: `${u.name} is not a field of this map`,
    from: u.from,
    to: u.to,
  }));
}
