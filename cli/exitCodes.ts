import type { ErrorCode } from '../shared/model/errors';

/**
 * Exit codes, one meaning each (docs/command-line.md): the input was read and the result is a success (0) or a
 * failure (1); the command line or its input could not be used (2); Flowwright itself failed (3).
 */
export const exitCodes = { ok: 0, failure: 1, usage: 2, internal: 3 } as const;

/**
 * Codes that mean "the input is valid, but what was asked of it fails": validation errors, a map the engine
 * cannot run, a map an export target cannot express. Every other code is bad usage or unreadable input.
 */
const failureCodes = new Set<ErrorCode>([
  'FW_MODEL_INVALID',
  'FW_SIM_INVALID_MODEL',
  'FW_SIM_BAD_OVERRIDE',
  'FW_EXPORT_CONDITION',
  'FW_EXPORT_UNSUPPORTED',
  'FW_LOG_LOW_FITNESS',
]);

/** The exit code a coded error ends the command with. */
export function exitCodeOf(code: ErrorCode): number {
  if (code === 'FW_INTERNAL') return exitCodes.internal;
  return failureCodes.has(code) ? exitCodes.failure : exitCodes.usage;
}
