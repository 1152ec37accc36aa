// `npm run dist`: builds the app and an installer for this platform with electron-builder (build/electron-builder.json).
// Extra arguments go to electron-builder, e.g. `npm run dist -- --dir` for an unpacked app only.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const builderConfig = path.join(root, 'build', 'electron-builder.json');

/**
 * Lays out the app as it is packed: the renderer build, the main-process bundle and a package.json without
 * dependencies. The bundles need no node_modules at run time, so none are packed (the repository's dependencies
 * serve the command line, its devDependencies the renderer build).
 */
export async function stageApp(stageDir, { rendererDir, electronDir }) {
  const project = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  await rm(stageDir, { recursive: true, force: true });
  await mkdir(stageDir, { recursive: true });
  const noMaps = (source) => !source.endsWith('.map');
  await cp(rendererDir, path.join(stageDir, 'dist'), { recursive: true, filter: noMaps });
  await cp(electronDir, path.join(stageDir, 'dist-electron'), { recursive: true, filter: noMaps });
  const manifest = {
    name: project.name,
    productName: 'Flowwright',
    version: project.version,
    description: project.description,
    author: 'Flowwright contributors',
    homepage: 'https://github.com/flowwright/flowwright',
    main: 'dist-electron/main.cjs',
    private: true,
  };
  await writeFile(path.join(stageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Runs electron-builder's command line from the repository with `args`; returns its exit status and output. */
export function runElectronBuilder(args, options = {}) {
  const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  const result = spawnSync(process.execPath, [cli, '--config', builderConfig, '--publish', 'never', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: options.capture ? 'pipe' : 'inherit',
    timeout: options.timeoutMs,
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

async function main() {
  const { build } = await import('vite');
  const { buildElectron } = await import('./build-electron.mjs');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  await buildElectron(path.join(root, 'dist-electron'));
  await stageApp(path.join(root, 'release', 'app'), {
    rendererDir: path.join(root, 'dist'),
    electronDir: path.join(root, 'dist-electron'),
  });
  const { status } = runElectronBuilder(process.argv.slice(2));
  if (status === 0) console.log(`\nThe installer is in ${path.join(root, 'release')}`);
  process.exit(status);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
