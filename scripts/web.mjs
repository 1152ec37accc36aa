// `npm run web [-- --port N]`: builds the app and serves it for a browser.
import { build } from 'vite';
import { serveBuild } from './serve.mjs';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173;
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`flowwright: FW_USAGE: --port must be a port number, got ${process.argv[portArg + 1]}`);
  process.exit(2);
}
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const { url } = await serveBuild(port, portArg > 0);
console.log(`Flowwright is running at ${url}  (Ctrl+C to stop)`);
