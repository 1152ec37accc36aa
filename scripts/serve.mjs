// Serves the production build in dist/ on localhost (used by `npm run web`, `npm start` without Electron, and tests).
import { preview } from 'vite';

/** Starts a preview server for dist/ and returns it with its URL. */
export async function serveBuild(port = 4173, strictPort = false) {
  const server = await preview({ configFile: 'vite.config.ts', preview: { port, strictPort, host: '127.0.0.1', open: false } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { server, url };
}
