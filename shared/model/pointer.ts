import { FlowwrightError, type ErrorCode } from './errors';

/** An object or array inside a JSON document. */
export type JsonContainer = Record<string, unknown> | unknown[];

/** Whether a value is an object or an array, so that a pointer can step into it. */
export const isJsonContainer = (value: unknown): value is JsonContainer => typeof value === 'object' && value !== null;

// Reading or writing these names reaches an object's prototype (or its constructor's), so a path holding one
// could change every object in the program instead of the map: they are refused wherever they appear.
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a key would reach an object's prototype machinery (`__proto__`, `constructor`, `prototype`). */
export const isPrototypeKey = (key: string): boolean => prototypeKeys.has(key);

/** Builds a JSON pointer (RFC 6901) from segments, escaping `~` and `/`: pointer('nodes', 3, 'name'). */
export function pointer(...segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Splits a JSON pointer into its unescaped segments (RFC 6901: `~1` is `/`, `~0` is `~`); the empty pointer
 * addresses the whole document. Throws `code` for a malformed pointer or a segment naming `__proto__`,
 * `constructor` or `prototype`.
 */
export function parsePointer(path: string, code: ErrorCode = 'FW_MODEL_PATCH'): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new FlowwrightError(code, `"${path}" is not a JSON pointer`);
  if (/~(?![01])/.test(path))
    throw new FlowwrightError(code, `${path}: "~" in a JSON pointer must be followed by 0 or 1`);
  const segments = path
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const unsafe = segments.find(isPrototypeKey);
  if (unsafe !== undefined)
    throw new FlowwrightError(
      code,
      `${path}: the key "${unsafe}" is not allowed in a path (it is not part of any map)`,
    );
  return segments;
}

/** The array position a segment names, or -1 when it is not a non-negative whole number without leading zeros. */
export function arrayPosition(segment: string): number {
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
}

/**
 * Walks all but the last segment from `root` through existing own keys and array items, and returns the container
 * that holds the last segment. `enter` may replace each container stepped into (the patch code copies it there);
 * `fail` is called with the reason when a segment does not exist or leads to a plain value.
 */
export function pointerParent(
  root: JsonContainer,
  segments: readonly string[],
  fail: (reason: string) => never,
  enter: (child: JsonContainer) => JsonContainer = (child) => child,
): JsonContainer {
  let parent = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i];
    let child: unknown;
    if (Array.isArray(parent)) {
      const index = arrayPosition(key);
      if (index < 0) fail(`"${key}" is not an array index`);
      if (index >= parent.length) fail(`index ${index} is past the end (${parent.length})`);
      child = parent[index];
    } else {
      // Own keys only: an inherited name is not part of the document, whatever it holds.
      if (!Object.hasOwn(parent, key) || parent[key] === undefined) fail(`there is no "${key}"`);
      child = parent[key];
    }
    if (!isJsonContainer(child)) fail(`"${key}" is not an object or array`);
    const entered = enter(child);
    if (entered !== child) {
      if (Array.isArray(parent)) parent[Number(key)] = entered;
      else parent[key] = entered;
    }
    parent = entered;
  }
  return parent;
}
