// Serves a production build on localhost (used by `npm run web`, `npm start` without Electron, tests and benchmarks).
import { preview } from 'vite';

/**
 * Starts a preview server for a build folder (default dist/) and returns it with its URL.
 * @param {number} [port]
 * @param {boolean} [strictPort]
 * @param {string} [outDir]
 */
export async function serveBuild(port = 4173, strictPort = false, outDir = undefined) {
  const server = await preview({
    configFile: 'vite.config.ts',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { port, strictPort, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { server, url };
}
