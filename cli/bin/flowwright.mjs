#!/usr/bin/env node
// Starts the command line from the bundle in dist-cli/ (built at install by `prepare`), which loads in a blink, as
// long as no source it was built from has changed since. Otherwise (a checkout without a build, edits since, or
// FLOWWRIGHT_FROM_SOURCE=1 as tests of the sources set) it runs the TypeScript sources through tsx.
import { freshBundle } from './freshBundle.mjs';

const root = new URL('../../', import.meta.url);
let entry = freshBundle(root);
if (!entry) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('cli/main.ts', root);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
