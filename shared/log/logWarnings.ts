import type { ErrorCode } from '../model/errors';
import type { LogWarning } from './eventLog';

const linesKept = 20;

/**
 * Collects warnings, one per distinct message: a million-row log with one bad column gives one warning that names
 * its first lines and counts the rest, not a million warnings.
 */
export class LogWarnings {
  private readonly byKey = new Map<string, LogWarning>();

  /**
   * Records one occurrence at a line. The same code and group (the message unless given) again add a line and a
   * count; the message of the first occurrence is kept, so it may quote that first value as an example.
   */
  add(
    code: ErrorCode,
    message: string,
    line: number,
    options: { severity?: LogWarning['severity']; group?: string } = {},
  ): void {
    const { severity = 'warning', group = message } = options;
    const key = `${code}\u0000${group}`;
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, { code, severity, message, line, lines: [], count: 1 });
      return;
    }
    known.count++;
    if (known.lines.length < linesKept) known.lines.push(line);
  }

  /** The warnings in the order first met. */
  list(): LogWarning[] {
    return [...this.byKey.values()];
  }
}
