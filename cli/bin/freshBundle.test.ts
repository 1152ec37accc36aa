import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle } from './freshBundle.mjs';

let folder: string;
let root: URL;
const builtAt = Date.UTC(2026, 0, 5, 12);

/** A checkout with two sources last changed at `changed` (ms) and a bundle whose build began at builtAt. */
function checkout(changed: number, sources = ['cli/main.ts', 'shared/sim/simulate.ts']) {
  for (const source of sources) {
    const path = join(folder, source);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
    utimesSync(path, changed / 1000, changed / 1000);
  }
  mkdirSync(join(folder, 'dist-cli'), { recursive: true });
  writeFileSync(join(folder, 'dist-cli', 'inputs.json'), JSON.stringify({ builtAt, sources }));
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'flowwright-bundle-'));
  root = pathToFileURL(`${folder}/`);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the launcher runs the bundle only while it is fresh', () => {
  it('runs the bundle when every source is older than the build', () => {
    checkout(builtAt - 60_000);
    expect(freshBundle(root, {})?.href).toBe(new URL('dist-cli/flowwright.mjs', root).href);
  });

  it('runs the sources when one changed after the build began, or is gone, or there is no build', () => {
    checkout(builtAt - 60_000);
    const edited = join(folder, 'shared/sim/simulate.ts');
    utimesSync(edited, (builtAt + 1000) / 1000, (builtAt + 1000) / 1000);
    expect(freshBundle(root, {})).toBeNull();
    rmSync(edited);
    expect(freshBundle(root, {})).toBeNull();
    rmSync(join(folder, 'dist-cli'), { recursive: true });
    expect(freshBundle(root, {})).toBeNull();
  });

  it('runs the sources when FLOWWRIGHT_FROM_SOURCE is set, as tests of the sources do', () => {
    checkout(builtAt - 60_000);
    expect(freshBundle(root, { FLOWWRIGHT_FROM_SOURCE: '1' })).toBeNull();
  });
});

describe('the launcher as a process', () => {
  it('runs the sources on request and ends with the command exit code and one line on stderr', () => {
    const run = spawnSync(process.execPath, ['cli/bin/flowwright.mjs', 'validate', 'nowhere.flow.json'], {
      env: { ...process.env, FLOWWRIGHT_FROM_SOURCE: '1' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('flowwright: FW_FILE_UNREADABLE: cannot read nowhere.flow.json: ENOENT\n');
    expect(run.status).toBe(2);
  });
});
