#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so that `npx flowwright` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2));
