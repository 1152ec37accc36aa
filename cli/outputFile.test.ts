import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseApproval } from '../shared/io/bpmn/testMaps';
import { buildModel } from '../shared/sim/testing/models';
import { diskIO, nodeFileSystem, type CliIO } from './io';
import { main } from './main';
import { openOutputFile, writeOutputFile, type OutputFileSystem } from './outputFile';

type Step = 'open' | 'write' | 'sync' | 'rename' | 'checkWritable';

/** The real file system, failing at one step (optionally only from its n-th call) as a full or broken disk would. */
function failingAt(step: Step, code = 'ENOSPC', fromCall = 1): OutputFileSystem & { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const trip = (name: Step) => {
    calls[name] = (calls[name] ?? 0) + 1;
    if (name === step && calls[name] >= fromCall)
      throw Object.assign(new Error(`${code}: injected failure at ${name}`), { code });
  };
  return {
    calls,
    open: async (path, flags, mode) => {
      trip('open');
      const handle = await nodeFileSystem.open(path, flags, mode);
      return {
        write: async (bytes, offset) => {
          trip('write');
          // A short write, as a disk may give: the writer must carry on from where it stopped.
          return handle.write(bytes.subarray(0, offset + Math.max(1, (bytes.length - offset) >> 1)), offset);
        },
        sync: async () => {
          trip('sync');
          return handle.sync();
        },
        chmod: (mode) => handle.chmod(mode),
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      trip('rename');
      return nodeFileSystem.rename(from, to);
    },
    unlink: nodeFileSystem.unlink,
    stat: nodeFileSystem.stat,
    checkWritable: async (path) => {
      trip('checkWritable');
      return nodeFileSystem.checkWritable(path);
    },
    syncFolder: nodeFileSystem.syncFolder,
  };
}

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'flowwright-out-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const old = 'the old content\n';

describe('atomic output files', () => {
  it('writes through a temporary file that leaves nothing behind', async () => {
    const path = join(folder, 'map.bpmn');
    writeFileSync(path, old);
    await writeOutputFile(nodeFileSystem, path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(folder)).toEqual(['map.bpmn']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const path = join(folder, 'shared.csv');
    writeFileSync(path, old);
    chmodSync(path, 0o666); // beyond the usual umask of 022, which a plain open would apply
    await writeOutputFile(nodeFileSystem, path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o666);
  });

  for (const step of ['open', 'write', 'sync', 'rename'] as const)
    it(`keeps the old file whole when ${step} fails, removes the temporary file, and says so`, async () => {
      const path = join(folder, 'map.bpmn');
      writeFileSync(path, old);
      const failure = writeOutputFile(failingAt(step), path, 'x'.repeat(100_000));
      await expect(failure).rejects.toMatchObject({
        code: 'FW_FILE_UNWRITABLE',
        message: expect.stringMatching(new RegExp(`^cannot write ${path}: ENOSPC`)),
      });
      expect(readFileSync(path, 'utf8')).toBe(old);
      expect(readdirSync(folder)).toEqual(['map.bpmn']);
    });

  it('streams in batches with backpressure, carrying on after short writes', async () => {
    const path = join(folder, 'log.csv');
    const fs = failingAt('open', 'EIO', 99); // never trips: counts the calls
    const output = await openOutputFile(fs, path);
    let refused = 0;
    const line = `${'y'.repeat(99)}\n`;
    for (let i = 0; i < 50_000; i++)
      if (!output.write(line)) {
        refused++;
        await output.drain();
      }
    expect(existsSync(path)).toBe(false); // nothing is at the path before commit
    await output.commit();
    expect(readFileSync(path, 'utf8')).toBe(line.repeat(50_000));
    expect(refused).toBeGreaterThan(0);
    expect(fs.calls.write).toBeGreaterThan(10); // batches, not one write per line, nor one at the end
    expect(fs.calls.write).toBeLessThan(1000);
  });
});

/** The command line on the real disk, with its output streams captured. */
function onDisk(fs: OutputFileSystem = nodeFileSystem) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = diskIO(fs, {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    isTTY: false,
  });
  return { io, out };
}

const mapFile = () => {
  const path = join(folder, 'map.flow.json');
  writeFileSync(path, JSON.stringify(purchaseApproval()));
  return path;
};

describe('--out and --log paths', () => {
  it('refuses a folder, a missing folder and a read-only folder with exit 2 before any work', async () => {
    const map = mapFile();
    mkdirSync(join(folder, 'pictures'));
    const cases: Array<[string, string, OutputFileSystem?]> = [
      [join(folder, 'pictures'), 'it is a folder; name a file to write'],
      [join(folder, 'nowhere', 'map.svg'), `the folder ${join(folder, 'nowhere')} does not exist`],
      [join(folder, 'map.svg'), `the folder ${folder} is read-only (EACCES)`, failingAt('checkWritable', 'EACCES')],
    ];
    for (const [out, why, fs] of cases) {
      const { io, out: streams } = onDisk(fs);
      expect(await main(['export', map, '--to', 'svg', '--out', out], io), out).toBe(2);
      expect(streams.stderr).toBe(`flowwright: FW_FILE_UNWRITABLE: cannot write ${out}: ${why}\n`);
    }
    mkdirSync(join(folder, 'log.csv'));
    const { io, out } = onDisk();
    expect(await main(['simulate', map, '--log', join(folder, 'log.csv'), '--cases', '5'], io)).toBe(2);
    expect(out.stderr).toMatch(/^flowwright: FW_FILE_UNWRITABLE: .*it is a folder/);
    expect(out.stdout).toBe(''); // refused before the run
    expect(readdirSync(folder).sort()).toEqual(['log.csv', 'map.flow.json', 'pictures']);
  });

  it('refuses to replace a read-only file', async () => {
    const map = mapFile();
    const target = join(folder, 'map.bpmn');
    writeFileSync(target, old);
    // The folder may be written (first check); the file in it may not (second).
    const { io, out } = onDisk(failingAt('checkWritable', 'EACCES', 2));
    expect(await main(['export', map, '--to', 'bpmn', '--out', target], io)).toBe(2);
    expect(out.stderr).toBe(`flowwright: FW_FILE_UNWRITABLE: cannot write ${target}: the file is read-only (EACCES)\n`);
    expect(readFileSync(target, 'utf8')).toBe(old);
  });

  it('keeps the old event log when the disk fills up half-way through a streamed run', async () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'work', type: 'task', name: 'Work', sim: { duration: { type: 'exponential', mean: 50 } } },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'work'],
        ['work', 'e'],
      ],
      { arrivals: { interarrival: { type: 'exponential', mean: 60 } } },
    );
    const map = join(folder, 'm.flow.json');
    writeFileSync(map, JSON.stringify(model));
    const log = join(folder, 'log.csv');
    writeFileSync(log, old);
    const fs = failingAt('write', 'ENOSPC', 3);
    const { io, out } = onDisk(fs);
    expect(await main(['simulate', map, '--cases', '20000', '--replications', '1', '--log', log], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^flowwright: FW_FILE_UNWRITABLE: cannot write .*log\.csv: ENOSPC; the file already there is unchanged\n$/,
    );
    expect(readFileSync(log, 'utf8')).toBe(old);
    expect(readdirSync(folder).sort()).toEqual(['log.csv', 'm.flow.json']);
    expect(fs.calls.write).toBeGreaterThanOrEqual(3); // it failed while streaming, not at the end
  });

  it('writes the streamed log in place of the old one when the run succeeds', async () => {
    const map = mapFile();
    const log = join(folder, 'log.xes');
    writeFileSync(log, old);
    const { io } = onDisk();
    expect(await main(['simulate', map, '--cases', '30', '--replications', '1', '--log', log], io)).toBe(0);
    const xes = readFileSync(log, 'utf8');
    expect(xes.match(/<trace>/g)).toHaveLength(30);
    expect(xes.endsWith('</log>\n')).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['log.xes', 'map.flow.json']);
  });
});
