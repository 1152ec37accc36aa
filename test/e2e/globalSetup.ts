import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveBuild } from '../../scripts/serve.mjs';

/** Builds the app once and serves it for every end-to-end test; the URL reaches tests as FLOWWRIGHT_URL. */
export default async function setup(project: TestProject) {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const { server, url } = await serveBuild(0);
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
