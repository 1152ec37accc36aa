import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve.mjs';

/**
 * Builds the app once into a folder of this run's own (so that two runs never serve each other's half-written build)
 * and serves it for every end-to-end test; the URL reaches tests as the provided `baseUrl`.
 */
export default async function setup(project: TestProject) {
  const outDir = path.resolve(`test/output/dist-e2e-${process.pid}`);
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const { server, url } = await serveBuild(0, false, outDir);
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of the build served at baseUrl. */
    distDir: string;
  }
}
