import { errorCatalogue } from '../../shared/model/errors';
import type { ProcessModel } from '../../shared/model/schema';
import { restore, restoreLimits, type RestoreProblem } from '../../shared/model/restore';

/** File endings the import offers. */
export const flowFileAccept = ['.flow.json', '.json'];
/** Files larger than restore() accepts are refused before they are read. */
export const maxFlowFileBytes = restoreLimits.maxChars;

export type FlowFileImport =
  { ok: true; model: ProcessModel; fixes: string[] } | { ok: false; title: string; problems: string[] };

/** One problem as the user reads it: what is wrong and where in the file. */
export function problemText(problem: RestoreProblem): string {
  const located = !problem.path || problem.message.startsWith(problem.path);
  return located ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Reads the text of a `.flow.json` through restore(); on failure, says why in the user's terms. */
export function readFlowFile(fileName: string, text: string): FlowFileImport {
  const restored = restore(text);
  if (restored.ok) return restored;
  const kind = errorCatalogue[restored.problems[0].code];
  return { ok: false, title: `"${fileName}" was not imported. ${kind}`, problems: restored.problems.map(problemText) };
}

/** A file name for the model that every platform accepts: `<name>.flow.json`. */
export function flowFileName(model: ProcessModel): string {
  const base = model.name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100);
  return `${base || model.id}.flow.json`;
}

/** The text written to a `.flow.json` file: pretty JSON, one trailing newline. */
export function flowFileText(model: ProcessModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
