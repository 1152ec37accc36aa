import { create } from 'zustand';
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

/**
 * The version of the open map whose problems are shown. Checking a large map takes tens of milliseconds, so a new
 * version is checked once it has been drawn: markers and the Problems panel follow a frame after an edit instead of
 * holding the edit back. Another map's problems are never shown in the meantime.
 */
const useChecked = create<{ model: ProcessModel | null }>(() => ({ model: useEditor.getState().model }));
let wanted = 0;

function check(model: ProcessModel | null, processChanged: boolean): void {
  const turn = ++wanted;
  if (!model || problemCache.has(model)) return useChecked.setState({ model });
  if (processChanged) useChecked.setState({ model: null });
  const run = () => {
    if (turn !== wanted) return;
    wanted++;
    problemsOf(model);
    useChecked.setState({ model });
  };
  // After the next paint (a task queued from an animation frame), or soon anyway where frames are not drawn.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

useEditor.subscribe((state, previous) => {
  if (state.model !== previous.model) check(state.model, state.processId !== previous.processId);
});

/** The map version whose problems are shown (see `useChecked`), in a component and outside one. */
export const useCheckedModel = (): ProcessModel | null => useChecked((state) => state.model);
export const checkedModel = (): ProcessModel | null => useChecked.getState().model;

/** The open map's problems, checked once each version has been drawn. */
export function useProblems(): Problem[] {
  return problemsOf(useCheckedModel());
}
