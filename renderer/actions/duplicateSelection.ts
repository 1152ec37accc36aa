import { duplicate } from '../../shared/model';
import { effectiveScope } from '../store/scope';
import { createdIntoScope } from '../store/scopeSteps';
import { defineAction } from './action';

export const duplicateSelection = defineAction({
  name: 'duplicate',
  enabled: ({ editor }) => editor.model !== null && editor.selection.length > 0,
  perform: ({ editor, ui }) => {
    const ids = editor.selection;
    const scope = effectiveScope(editor.model, ui.scope);
    editor.apply([(model) => duplicate(model, { ids, offset: { dx: 40, dy: 40 } }), ...createdIntoScope(scope)]);
  },
});
