import type { FlowNode } from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { effectiveScope } from '../store/scope';
import { useEditorUi } from '../store/uiStore';

/** Where the canvas is: the process, or inside a sub-process (with the way back out). */
export function ScopeBar() {
  const model = useEditor((s) => s.model);
  const scope = effectiveScope(
    model,
    useEditorUi((ui) => ui.scope),
  );
  const setUi = useEditorUi((ui) => ui.set);
  if (!model || scope === null) return null;
  // The chain of sub-processes from the top level down to the one shown.
  const trail: FlowNode[] = [];
  for (let id: string | undefined = scope; id !== undefined;) {
    const node = model.nodes.find((n) => n.id === id);
    if (!node || trail.includes(node)) break;
    trail.unshift(node);
    id = node.parent;
  }
  const parent = trail.at(-1)?.parent ?? null;
  return (
    <nav className="fw-scope-bar" aria-label="Sub-process">
      <button type="button" onClick={() => setUi({ scope: parent })}>
        ‹ Leave sub-process
      </button>
      <span className="fw-scope-trail">
        {model.name || 'Process'}
        {trail.map((node) => (
          <span key={node.id}> › {nodeTitle(node)}</span>
        ))}
      </span>
    </nav>
  );
}
