import { FlowwrightError } from '../model/errors';

/** The error code a call throws, for tests: undefined when it returns, a marker when the error has no code. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof FlowwrightError ? error.code : 'not a FlowwrightError';
  }
  return undefined;
}
