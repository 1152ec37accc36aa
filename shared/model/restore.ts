import { z } from 'zod';
import { processSchema, SCHEMA_VERSION, type ProcessModel } from './schema';
import type { ErrorCode } from './errors';
import { migrations } from './migrations';
import { jsonErrorOffset, lineAndColumn } from './jsonErrorOffset';
import { deepestNesting, jsonNestingOffset, nestsDeeperThan } from './nesting';
import { stripForbiddenXmlCharacters } from './xmlCharacters';

/**
 * Limits on what restore() accepts, so that a hostile file cannot freeze the app or overflow the stack. maxDepth
 * counts nested JSON objects and lists (a map needs about 10, imported BPMN extensions a few hundred at most);
 * maxSubProcessDepth counts sub-processes inside each other.
 */
export const restoreLimits = {
  maxNodes: 20_000,
  maxFlows: 30_000,
  maxChars: 20_000_000,
  maxDepth: 1_000,
  maxSubProcessDepth: 50,
};

function tooDeep(where: string): RestoreResult {
  return fail(
    'FW_RESTORE_TOO_DEEP',
    `objects and lists nest more than ${restoreLimits.maxDepth} levels deep${where}; at most ${restoreLimits.maxDepth} levels are opened`,
  );
}

export interface RestoreProblem {
  code: ErrorCode;
  /** Where in the document, as a JSON path such as `nodes[3].x`; empty for the whole document. */
  path: string;
  message: string;
}

export type RestoreResult =
  { ok: true; model: ProcessModel; fixes: string[] } | { ok: false; problems: RestoreProblem[] };

/** Where a JSON syntax error is, as words. */
function jsonErrorPosition(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return '';
  const { line, column } = lineAndColumn(text, offset);
  return ` at line ${line}, column ${column}`;
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function fail(code: ErrorCode, message: string, path = ''): RestoreResult {
  return { ok: false, problems: [{ code, path, message }] };
}

const knownKeys = {
  top: Object.keys(processSchema.shape),
  node: [
    'id',
    'type',
    'name',
    'description',
    'lane',
    'parent',
    'x',
    'y',
    'width',
    'height',
    'taskType',
    'eventType',
    'attachedTo',
    'interrupting',
    'timer',
    'condition',
    'requiredFields',
    'collection',
    'sim',
    'extensions',
  ],
  flow: ['id', 'source', 'target', 'kind', 'name', 'condition', 'default', 'probability', 'waypoints', 'extensions'],
  lane: ['id', 'name', 'kind', 'y', 'height'],
};

/** Names the keys zod will drop, so that the user is told rather than surprised. */
function unknownKeys(doc: Record<string, unknown>): string[] {
  const dropped: string[] = [];
  const check = (value: unknown, allowed: string[], where: string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) if (!allowed.includes(key)) dropped.push(`${where}${where ? '.' : ''}${key}`);
  };
  check(doc, knownKeys.top, '');
  for (const [list, allowed] of [
    ['nodes', knownKeys.node],
    ['flows', knownKeys.flow],
    ['lanes', knownKeys.lane],
  ] as const) {
    const items = doc[list];
    if (Array.isArray(items)) items.forEach((item, i) => check(item, allowed, `${list}[${i}]`));
  }
  return dropped;
}

/**
 * The single entry for every process loaded from outside (file, storage, import, paste): parses, checks size,
 * migrates old schema versions, validates with the schema and reports what it fixed or dropped.
 */
export function restore(input: string | unknown): RestoreResult {
  let doc: unknown = input;
  if (typeof input === 'string') {
    if (input.length > restoreLimits.maxChars)
      return fail(
        'FW_RESTORE_TOO_LARGE',
        `the file has ${input.length.toLocaleString('en')} characters; at most ${restoreLimits.maxChars.toLocaleString('en')} are opened`,
      );
    const deepAt = jsonNestingOffset(input, restoreLimits.maxDepth);
    if (deepAt >= 0) {
      const { line, column } = lineAndColumn(input, deepAt);
      return tooDeep(` at line ${line}, column ${column}`);
    }
    try {
      doc = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail(
        'FW_RESTORE_JSON',
        `not valid JSON${jsonErrorPosition(input)} (${(error as Error).message.split('\n')[0].slice(0, 120)})`,
      );
    }
  } else if (nestsDeeperThan(input, restoreLimits.maxDepth)) return tooDeep('');
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return fail(
      'FW_RESTORE_NOT_FLOW',
      `expected a JSON object, found ${Array.isArray(doc) ? 'an array' : doc === null ? 'null' : typeof doc}`,
    );
  let record = doc as Record<string, unknown>;
  const fixes: string[] = [];

  const version = record.schemaVersion ?? (record.format === undefined ? 0 : undefined);
  if (record.format !== undefined && record.format !== 'flowwright.process')
    return fail(
      'FW_RESTORE_NOT_FLOW',
      `"format" is ${JSON.stringify(record.format)}, expected "flowwright.process"`,
      'format',
    );
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return fail(
      'FW_RESTORE_VERSION',
      `"schemaVersion" is ${JSON.stringify(record.schemaVersion)}, expected a whole number up to ${SCHEMA_VERSION}`,
      'schemaVersion',
    );
  if (version > SCHEMA_VERSION)
    return fail(
      'FW_RESTORE_VERSION',
      `schemaVersion ${version} is newer than this Flowwright reads (${SCHEMA_VERSION}); update Flowwright to open it`,
      'schemaVersion',
    );
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migration = migrations[v];
    record = migration.up(record);
    fixes.push(`migrated from schemaVersion ${v} to ${v + 1}: ${migration.description}`);
  }

  for (const [list, limit] of [
    ['nodes', restoreLimits.maxNodes],
    ['flows', restoreLimits.maxFlows],
  ] as const) {
    const items = record[list];
    if (Array.isArray(items) && items.length > limit)
      return fail(
        'FW_RESTORE_TOO_LARGE',
        `the map has ${items.length.toLocaleString('en')} ${list}; at most ${limit.toLocaleString('en')} are opened`,
        list,
      );
  }

  const parsed = processSchema.safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue: z.core.$ZodIssue) => ({
        code: 'FW_RESTORE_SCHEMA' as const,
        path: pathText(issue.path),
        message: `${pathText(issue.path) || 'document'}: ${issue.message}`,
      })),
    };
  }
  for (const key of unknownKeys(record)) fixes.push(`dropped unknown key ${key}`);

  const stripped = stripForbiddenXmlCharacters(parsed.data);
  const model = stripped.model;
  fixes.push(...stripped.fixes);
  const deep = deepestNesting(model.nodes, restoreLimits.maxSubProcessDepth);
  if (deep)
    return fail(
      'FW_RESTORE_TOO_DEEP',
      `${deep.node.name ? `"${deep.node.name}" (${deep.node.id})` : deep.node.id} makes sub-processes nest ${deep.levels} levels deep; at most ${restoreLimits.maxSubProcessDepth} levels are opened`,
      `nodes[${model.nodes.indexOf(deep.node)}]`,
    );
  const ids = new Set(model.nodes.map((n) => n.id));
  // A message flow may also end at another party's pool.
  const pools = new Set((model.participants ?? []).map((p) => p.id));
  const endsAt = (f: (typeof model.flows)[number], id: string) =>
    ids.has(id) || (f.kind === 'message' && pools.has(id));
  const kept = model.flows.filter((f) => endsAt(f, f.source) && endsAt(f, f.target));
  for (const f of model.flows)
    if (!kept.includes(f))
      fixes.push(
        `dropped flow ${f.id}: it connects ${endsAt(f, f.source) ? '' : `missing node ${f.source}`}${!endsAt(f, f.source) && !endsAt(f, f.target) ? ' and ' : ''}${endsAt(f, f.target) ? '' : `missing node ${f.target}`}`,
      );
  model.flows = kept;
  return { ok: true, model, fixes };
}

/** One line per problem, for error messages. */
export function describeProblems(problems: readonly RestoreProblem[]): string {
  return problems.map((p) => p.message).join('; ');
}
