// Runs a Node script as its own process would (`node withPeakMemory.mjs script.mjs args...`) and, as it exits,
// prints the process's peak resident memory on stderr as a last line `peak-rss-kb N`, for the benchmarks.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
