import { restoreLimits } from '../model/restore';

/** The largest data file (CSV, JSON records, a workbook) the app opens. */
export const maxDataFileBytes = 200_000_000;

/** The largest map (a `.flow.json` or a BPMN file) the app opens: what restore() accepts. */
export const maxMapFileBytes = restoreLimits.maxChars;

/** File endings and the most the main process reads of each; the first ending that matches wins. */
const limitsByEnding: [ending: string, maxBytes: number][] = [
  ['.flow.json', maxMapFileBytes],
  ['.bpmn', maxMapFileBytes],
  ['.bpmn2', maxMapFileBytes],
  ['.xml', maxMapFileBytes],
  // A `.json` may be a map or data records: the larger limit, and restore() checks a map again.
  ['.json', maxDataFileBytes],
  ['.csv', maxDataFileBytes],
  ['.tsv', maxDataFileBytes],
  ['.txt', maxDataFileBytes],
  ['.xlsx', maxDataFileBytes],
];

/**
 * The most bytes the main process reads of a file of this name. The limit is the main process's own: a
 * request from the renderer may lower it, never raise it. Unknown endings get the smaller, map limit.
 */
export function maxOpenBytes(fileName: string): number {
  const lower = fileName.toLowerCase();
  return limitsByEnding.find(([ending]) => lower.endsWith(ending))?.[1] ?? maxMapFileBytes;
}
