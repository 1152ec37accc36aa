// Bundles the Electron main process and preload script into dist-electron/ (CommonJS, as Electron loads them).
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** Builds main.cjs and preload.cjs into `outDir`; electron itself stays external. */
export async function buildElectron(outDir = 'dist-electron') {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    logLevel: 'warning',
  };
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs') });
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs') });
  // The window icon travels with the main process: a packed app holds only dist/ and dist-electron/.
  await mkdir(outDir, { recursive: true });
  await copyFile('build/icon.png', path.join(outDir, 'icon.png'));
}

if (import.meta.url === `file://${process.argv[1]}`) await buildElectron();
