import { useEditor } from './editorStore';
import { validateModel, type Problem } from '../../shared/validate';
import { expressionSyntaxError } from '../../shared/expr';
import type { ProcessModel } from '../../shared/model';
import type { ProblemLevel } from '../canvas/canvasTypes';

const problemCache = new WeakMap<ProcessModel, Problem[]>();
const levelCache = new WeakMap<readonly Problem[], ReadonlyMap<string, ProblemLevel>>();
const none: Problem[] = [];

/** The validation problems of a model, computed once per model version. */
export function problemsOf(model: ProcessModel | null): Problem[] {
  if (!model) return none;
  let problems = problemCache.get(model);
  if (!problems) {
    // FEEL that does not parse is a problem on the map, with its column (FW_V_EXPRESSION_SYNTAX).
    problems = validateModel(model, { checkExpression: expressionSyntaxError });
    problemCache.set(model, problems);
  }
  return problems;
}

/** The worst severity per element id, for the markers on the canvas (info is not marked). */
export function problemLevels(problems: readonly Problem[]): ReadonlyMap<string, ProblemLevel> {
  let levels = levelCache.get(problems);
  if (!levels) {
    const map = new Map<string, ProblemLevel>();
    for (const p of problems) {
      if (!p.elementId || p.severity === 'info') continue;
      if (p.severity === 'error' || !map.has(p.elementId)) map.set(p.elementId, p.severity);
    }
    levels = map;
    levelCache.set(problems, levels);
  }
  return levels;
}

/** The open map's problems, live. */
export function useProblems(): Problem[] {
  return useEditor((state) => problemsOf(state.model));
}
