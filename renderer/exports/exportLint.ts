import type { ProcessModel } from '../../shared/model/schema';
import { hasErrors, type Problem } from '../../shared/validate';
import { problemsOf } from '../store/problems';
import { targetName, type ExportFormat } from './exportFormats';

/** What the export dialog shows before anything is written. */
export interface ExportLint {
  /** The map's errors and warnings (none for a file that does not depend on the map). */
  problems: Problem[];
  /** What the target cannot express, each naming its element. */
  refusals: { code: string; message: string }[];
  /** Why this export cannot be made, or null when it can (with problems, "anyway"). */
  blocked: string | null;
  /** Values the export makes up because the map does not set them ("Job type for 'Check stock' derived from…"). */
  derived: string[];
}

/**
 * Lints the map for one export: its validation problems, then whatever the target would refuse. A runnable
 * definition is refused for validation errors, as the command line refuses it; a picture or plain BPMN is not.
 */
export async function lintExport(model: ProcessModel, format: ExportFormat): Promise<ExportLint> {
  if (!format.aboutTheMap) return { problems: [], refusals: [], blocked: null, derived: [] };
  // The same problems the problems panel lists, computed once per model version.
  const problems = problemsOf(model).filter((p) => p.severity !== 'info');
  const refusals = (await format.refusals(model)).map((e) => ({ code: e.code, message: e.message }));
  const target = targetName(format);
  let blocked: string | null = null;
  if (refusals.length > 0)
    blocked = `${target} cannot express this map as it is: change what is listed, or choose another format.`;
  else if (format.runnable && hasErrors(problems))
    blocked = `An engine cannot run a map with validation errors: fix the errors first, or choose a format that keeps the map as drawn.`;
  const derived = refusals.length ? [] : await format.derived(model);
  return { problems, refusals, blocked, derived };
}
