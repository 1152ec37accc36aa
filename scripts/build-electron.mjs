// Bundles the Electron main process and preload script into dist-electron/ (CommonJS, as Electron loads them).
import { build } from 'esbuild';

/** Builds main.cjs and preload.cjs; electron itself stays external. */
export async function buildElectron() {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
  };
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildElectron();
