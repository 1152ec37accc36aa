import { nodeSize } from '../../shared/model/geometry';
import { moveNodes, moveToLane, type FlowNode, type ProcessModel } from '../../shared/model';
import { laneFrame } from '../canvas/laneBands';
import { lanesMaterialised } from '../store/laneSteps';
import { useEditor } from '../store/editorStore';
import type { EditStep } from '../store/composeEdits';
import { SelectField } from './fields';

/** Which lane a node is in; choosing another moves the node into that lane's band as well. */
export function LaneSelect({ node, model }: { node: FlowNode; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const choose = (value: string) => {
    const lane = value || undefined;
    const frame = laneFrame(model, (n) => n);
    const band = frame.bands.find((b) => b.id === lane);
    const steps: EditStep[] = [(m) => moveToLane(m, { ids: [node.id], lane }), ...lanesMaterialised(model, frame)];
    const height = nodeSize(node).height;
    if (band && (node.y < band.y || node.y + height > band.y + band.height))
      steps.push((m) =>
        moveNodes(m, { ids: [node.id], dx: 0, dy: Math.round(band.y + band.height / 2 - height / 2 - node.y) }),
      );
    apply(steps, { select: 'keep' });
  };
  return (
    <SelectField
      label="Lane"
      value={node.lane ?? ''}
      choices={[{ value: '', label: 'No lane' }, ...model.lanes.map((l) => ({ value: l.id, label: l.name || l.id }))]}
      onChange={choose}
    />
  );
}
