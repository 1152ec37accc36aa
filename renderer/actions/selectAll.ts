import { effectiveScope, inScope } from '../store/scope';
import { defineAction, hasModel } from './action';

export const selectAll = defineAction({
  name: 'selectAll',
  enabled: hasModel,
  perform: ({ editor, ui }) => {
    if (!editor.model) return;
    const scope = effectiveScope(editor.model, ui.scope);
    const nodes = new Set(editor.model.nodes.filter((n) => inScope(n, scope)).map((n) => n.id));
    const flows = editor.model.flows.filter((f) => nodes.has(f.source) && nodes.has(f.target)).map((f) => f.id);
    editor.select([...nodes, ...flows]);
  },
});
