// Runs hostile inputs through the command line in a process of its own, with a capped heap and a time-out, so that
// running out of memory or time fails the row instead of the test runner. Shared by the hostile table tests.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

/** The repository root, whatever folder the tests run from. */
export const repositoryRoot = resolve(import.meta.dirname, '../..');
/** Small hostile inputs kept in the repository (README.md there lists each one). */
export const fixtureFolder = join(repositoryRoot, 'test/fixtures/hostile');
/** Where generated inputs and the commands' outputs go; never committed. */
export const outputFolder = join(repositoryRoot, 'test/output/hostile');

export const fixture = (name: string): string => join(fixtureFolder, name);

/** A path in the output folder, which is created on first use. */
export function outputPath(name: string): string {
  mkdirSync(outputFolder, { recursive: true });
  return join(outputFolder, name);
}

export interface CliLimits {
  /** The V8 heap the command may use, in MB (node --max-old-space-size): past it the process dies. */
  heapMb?: number;
  /** Past this the process is killed and the run reports `timedOut`. */
  timeoutMs?: number;
}

/** One `flowwright: CODE: message` line of stderr. */
export interface CliError {
  code: string;
  message: string;
}

export interface CliRun {
  /** Null when the process was ended by a signal (killed at the time-out, or aborted out of memory). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Every `flowwright: CODE: message` line of stderr, in order. */
  errors: CliError[];
}

/** The stated bounds of a row unless it says otherwise: generous, as the machine may be busy. */
export const defaultLimits: Required<CliLimits> = { heapMb: 256, timeoutMs: 60_000 };

/** Parses the coded error lines of a command's stderr. */
export function cliErrors(stderr: string): CliError[] {
  return [...stderr.matchAll(/^flowwright: (FW_[A-Z0-9_]+): (.*)$/gm)].map(([, code, message]) => ({ code, message }));
}

/** Runs `node cli/bin/flowwright.mjs ...args` from the repository root within the given heap and time. */
export function runCli(args: readonly string[], limits: CliLimits = {}): Promise<CliRun> {
  const { heapMb, timeoutMs } = { ...defaultLimits, ...limits };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, 'cli/bin/flowwright.mjs', ...args], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      done({
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        errors: cliErrors(stderr),
      });
    });
  });
}

/**
 * Checks a refusal: the process ended by itself within its bounds, exited 1 or 2 (never 3, an internal error),
 * printed no stack, and named `code` on stderr.
 */
export function expectRefused(run: CliRun, code: string): void {
  expect(run.timedOut, 'killed at the time-out').toBe(false);
  expect(run.signal, `ended by ${run.signal}: ${run.stderr.slice(-400)}`).toBeNull();
  expect(run.errors.map((e) => e.code)).toContain(code);
  expect(run.errors.map((e) => e.code)).not.toContain('FW_INTERNAL');
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect([1, 2]).toContain(run.exitCode);
}

/** Checks a success: ended by itself within its bounds, exit 0, no coded error. */
export function expectSucceeded(run: CliRun): void {
  expect(run.timedOut, 'killed at the time-out').toBe(false);
  expect(run.signal, `ended by ${run.signal}: ${run.stderr.slice(-400)}`).toBeNull();
  expect(run.errors, run.stderr).toEqual([]);
  expect(run.exitCode, run.stderr).toBe(0);
}
