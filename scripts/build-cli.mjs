// Bundles the command line into dist-cli/ (run by `npm install` through `prepare`), so that `npx flowwright` starts
// without compiling TypeScript. cli/bin/flowwright.mjs runs the bundle while no source it was built from is newer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'dist-cli';

/** Builds dist-cli/flowwright.mjs (with chunks that load per command) and dist-cli/inputs.json. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { flowwright: 'cli/main.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // A native module: it must load from node_modules, where npm put the build for this machine.
    external: ['@resvg/resvg-js'],
    // Some bundled packages are CommonJS and call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/'));
  mkdirSync(`${root}/${outdir}`, { recursive: true });
  // What the launcher compares against: the sources, and when the build started (an edit during it counts).
  writeFileSync(`${root}/${outdir}/inputs.json`, `${JSON.stringify({ builtAt, sources })}\n`);
  return sources.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const count = await buildCli();
    console.log(`flowwright: command line built into ${outdir}/ from ${count} sources`);
  } catch (error) {
    // Without the bundle the command line still runs, from the sources through tsx: never fail an install for it.
    console.warn(`flowwright: the command line was not bundled (${error.message}); it will run from its sources`);
  }
}
