import type { ErrorCode } from '../../model';

/** One thing an import could not carry over exactly, with the element it concerns where there is one. */
export interface ImportWarning {
  code: ErrorCode;
  message: string;
  elementId?: string;
}

/** How many warnings of one code are listed one by one before the rest are counted in a closing line. */
const listedPerCode = 5;

/** Collects import warnings; `warnings()` lists a few of each code and sums up the rest. */
export class ImportReport {
  private readonly entries: ImportWarning[] = [];

  add(code: ErrorCode, message: string, elementId?: string): void {
    this.entries.push(elementId === undefined ? { code, message } : { code, message, elementId });
  }

  /** The warnings in the order they were found, at most a few per code plus one line counting the others. */
  warnings(): ImportWarning[] {
    const seen = new Map<ErrorCode, number>();
    const listed: ImportWarning[] = [];
    for (const entry of this.entries) {
      const count = (seen.get(entry.code) ?? 0) + 1;
      seen.set(entry.code, count);
      if (count <= listedPerCode) listed.push(entry);
    }
    for (const [code, count] of seen)
      if (count > listedPerCode) listed.push({ code, message: `and ${count - listedPerCode} more like these` });
    return listed;
  }
}
