// `npm start`: builds the app and opens it in Electron; where the Electron binary cannot be had, serves it for a browser.
import { spawn, spawnSync } from 'node:child_process';
import { build } from 'vite';
import { buildElectron } from './build-electron.mjs';
import { serveBuild } from './serve.mjs';

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await buildElectron();

// Resolving the package fetches the binary on first use; ask in a child so a failed fetch cannot take this process down.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  timeout: 120_000,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const electronPath = probe.status === 0 ? probe.stdout.trim() : null;

if (electronPath) {
  const child = spawn(electronPath, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const { url } = await serveBuild(4173);
  console.log(
    '\nThe Electron binary is not installed and could not be downloaded (Electron fetches it on first start, ' +
      'which needs access to its download host). Flowwright runs the same app in your browser instead: ' +
      `open ${url} . Your work is kept in the browser's storage. To get the desktop app, run \`npx install-electron\` ` +
      'on a machine with internet access, then `npm start` again.\n',
  );
  console.log(`Flowwright is running at ${url}  (Ctrl+C to stop)`);
}
