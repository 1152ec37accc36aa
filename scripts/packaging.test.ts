// Packs the desktop app with electron-builder against a stand-in Electron folder (the real binary cannot be
// downloaded here) and checks what an installer would ship: the app archive's contents, its size and the fuses.
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron.mjs';
import { builderConfig, runElectronBuilder, stageApp } from './dist.mjs';
import { readAsar, type AsarArchive } from './asarArchive';

/** Electron's fuse wire follows this marker in its executable (@electron/fuses). */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse order in wire version 1: RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, ASAR integrity, only ASAR. */
const fuseNames = ['runAsNode', 'cookieEncryption', 'nodeOptions', 'inspectArguments', 'asarIntegrity', 'onlyAsar'];
/** The app archive today is about 14 MB (mostly Monaco and ECharts); twice a sane size means something leaked in. */
const maxAsarBytes = 25_000_000;

let work: string;
let asar: AsarArchive;
let asarBytes: number;
let executable: Buffer;

/** A folder laid out like Electron's Linux zip, whose `electron` holds a fuse wire as shipped (RunAsNode on, ...). */
async function standInElectron(folder: string): Promise<void> {
  await mkdir(path.join(folder, 'resources'), { recursive: true });
  await mkdir(path.join(folder, 'locales'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\n# stand-in for the Electron executable\n'),
    Buffer.from(fuseSentinel),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
  ]);
  await writeFile(path.join(folder, 'electron'), wire);
  await chmod(path.join(folder, 'electron'), 0o755);
  await writeFile(path.join(folder, 'version'), '45.5.0');
}

function fuses(binary: Buffer): Record<string, boolean> {
  const at = binary.indexOf(fuseSentinel) + fuseSentinel.length;
  return Object.fromEntries(fuseNames.map((name, i) => [name, binary[at + 2 + i] === '1'.charCodeAt(0)]));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'flowwright-pack-'));
  const rendererDir = path.join(work, 'dist');
  const vite = spawnSync('npx', ['vite', 'build', '--outDir', rendererDir, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
  });
  expect(vite.status, vite.stderr).toBe(0);
  await buildElectron(path.join(work, 'dist-electron'));
  await stageApp(path.join(work, 'app'), { rendererDir, electronDir: path.join(work, 'dist-electron') });
  await standInElectron(path.join(work, 'electron'));
  const packed = runElectronBuilder(
    [
      '--linux',
      '--dir',
      `-c.electronDist=${path.join(work, 'electron')}`,
      `-c.directories.app=${path.join(work, 'app')}`,
      `-c.directories.output=${path.join(work, 'out')}`,
    ],
    { capture: true, timeoutMs: 300_000 },
  );
  expect(packed.status, packed.output).toBe(0);
  const unpacked = path.join(work, 'out', 'linux-unpacked');
  const archive = path.join(unpacked, 'resources', 'app.asar');
  asar = await readAsar(archive);
  asarBytes = (await stat(archive)).size;
  executable = await readFile(path.join(unpacked, 'flowwright'));
  console.log(`packed app.asar: ${(asarBytes / 1e6).toFixed(1)} MB (limit ${maxAsarBytes / 1e6} MB)`);
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed desktop app', () => {
  it('holds the main process, the preload script and the renderer build', () => {
    for (const file of ['package.json', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/index.html']) {
      expect(asar.files, file).toContain(file);
    }
    expect(asar.files.some((f) => /^dist\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(JSON.parse(asar.read('package.json')).main).toBe('dist-electron/main.cjs');
  });

  it('holds no node_modules, sources, tests or source maps', () => {
    const unwanted = asar.files.filter((f) =>
      /(^|\/)node_modules\/|\.test\.|\.map$|\.tsx?$|^(test|renderer|shared)\//.test(f),
    );
    expect(unwanted).toEqual([]);
  });

  it('needs no package at run time: the bundles require only Electron and Node built-ins', () => {
    for (const bundle of ['dist-electron/main.cjs', 'dist-electron/preload.cjs']) {
      const required = [...asar.read(bundle).matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
      expect(
        required.filter((name) => !builtins.has(name)),
        bundle,
      ).toEqual([]);
    }
  });

  it(`stays under ${maxAsarBytes / 1e6} MB`, () => {
    expect(asarBytes).toBeLessThan(maxAsarBytes);
  });

  it('has its fuses set: no running as Node, cookies encrypted, the app only from a checked ASAR', () => {
    expect(fuses(executable)).toEqual({
      runAsNode: false,
      cookieEncryption: true,
      nodeOptions: false,
      inspectArguments: false,
      asarIntegrity: true,
      onlyAsar: true,
    });
  });

  it('is configured for installers on every platform, with icons and both file kinds', async () => {
    const config = JSON.parse(await readFile(builderConfig, 'utf8'));
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    const icon = await readFile(path.resolve(path.dirname(builderConfig), '..', config.icon));
    // A PNG of 512×512 pixels: electron-builder makes the .ico and .icns from it.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
    expect(config.fileAssociations.map((a: { ext: string }) => a.ext)).toEqual(['flow.json', 'bpmn']);
  });
});
