// Plain JavaScript: the launcher reads this before it knows whether TypeScript can be run at all.
import { readFileSync, statSync } from 'node:fs';

/**
 * The bundle's entry under `root` (a file URL ending in /), or null when there is none, when a source it was
 * built from has changed since the build began or is gone, or when FLOWWRIGHT_FROM_SOURCE is set in `env`.
 */
export function freshBundle(root, env = process.env) {
  if (env.FLOWWRIGHT_FROM_SOURCE) return null;
  try {
    const { builtAt, sources } = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
    for (const source of sources) if (statSync(new URL(source, root)).mtimeMs > builtAt) return null;
    return new URL('dist-cli/flowwright.mjs', root);
  } catch {
    return null; // no build, or a source was removed since: the sources are the truth
  }
}
