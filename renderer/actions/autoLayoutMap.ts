import { moveNodes, setLaneProps, setProperty, type ProcessModel } from '../../shared/model';
import { useEditor } from '../store/editorStore';
import type { EditStep } from '../store/composeEdits';
import { defineAction, hasModel } from './action';

/** Lays the open map out left to right, keeping lanes; one undo entry. */
async function layOut(view: { fitView(): void } | null): Promise<void> {
  const { model, processId } = useEditor.getState();
  if (!model) return;
  // Loaded on first use, so that the layout engine (elkjs) stays out of the app's start-up bundle.
  const { autoLayout } = await import('../../shared/io/autoLayout');
  const layout = await autoLayout(model);
  const now = useEditor.getState();
  // The map was closed or switched while the layout ran: its result no longer applies.
  if (now.processId !== processId || !now.model) return;
  const steps: EditStep[] = [(m) => moveNodes(m, { positions: layout.positions })];
  for (const [id, band] of Object.entries(layout.lanes)) steps.push((m) => setLaneProps(m, { id, props: band }));
  // Bend points drawn for the old layout would now cut across it.
  const bent = (m: ProcessModel) => m.flows.filter((f) => f.waypoints).map((f) => f.id);
  for (const id of bent(now.model))
    steps.push((m) => setProperty(m, { target: { kind: 'flow', id }, path: 'waypoints', value: undefined }));
  if (now.apply(steps, { label: 'Auto layout', select: 'keep' }) && view) requestAnimationFrame(() => view.fitView());
}

export const autoLayoutMap = defineAction({
  name: 'autoLayout',
  enabled: (context) => hasModel(context) && context.editor.model!.nodes.length > 0,
  perform: ({ editor, view }) => {
    layOut(view).catch((error: unknown) =>
      editor.setNotice(`Auto layout failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  },
});
