import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nodeSize } from '../../../shared/model/geometry';
import { isExpanded, keptBpmn } from '../../../shared/io/svg';
import type { ElementCanvasNode } from '../canvasTypes';
import { nodeTitle } from '../elementLabels';
import { heatColour } from '../../../shared/io/report/overlay';
import { useNodeOverlay } from '../../simulation/useMapOverlay';
import { ActivityMarkers, ExpandedInside } from './ActivityMarkers';
import { TaskTypeIcon } from './markers';
import { NodeHandles, ProblemBadge } from './NodeChrome';
import { ConformanceBadge } from '../../logs/conformance/ConformanceBadge';

/**
 * A task (rounded rectangle, type icon at the top left; a thick border for a call activity) or a sub-process:
 * collapsed with its [+] marker, or (as imported) expanded with its inside drawn in place and its name at the top.
 */
function TaskNodeView({ data, selected }: NodeProps<ElementCanvasNode>) {
  const { node, problem } = data;
  const { width, height } = nodeSize(node);
  const subProcess = node.type === 'subProcess';
  const expanded = isExpanded(node);
  const callActivity = keptBpmn(node).element === 'CallActivity';
  const kinds = `${subProcess ? ' fw-subprocess' : ''}${expanded ? ' fw-expanded' : ''}${callActivity ? ' fw-call-activity' : ''}`;
  // The last run's results, when the map shows them: a colour for the chosen figure, a badge on a bottleneck.
  const { heat, bottleneck } = useNodeOverlay(node.id);
  const style = heat ? { width, height, '--fw-heat': heatColour(heat.intensity) } : { width, height };
  return (
    <div
      className={`fw-shape fw-task${kinds}${selected ? ' fw-selected' : ''}${heat ? ' fw-heat' : ''}`}
      style={style}
      title={heat?.text}
    >
      {expanded && <ExpandedInside node={node} />}
      {node.taskType && (
        <svg className="fw-task-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <TaskTypeIcon taskType={node.taskType} />
        </svg>
      )}
      <div className="fw-task-label">{node.name}</div>
      <ActivityMarkers node={node} />
      <ProblemBadge level={problem} />
      <ConformanceBadge id={node.id} />
      {bottleneck && (
        <span className="fw-bottleneck-badge" role="img" aria-label={bottleneck} title={bottleneck}>
          Bottleneck
        </span>
      )}
      <NodeHandles title={nodeTitle(node)} incoming outgoing />
    </div>
  );
}

export const TaskNode = memo(TaskNodeView);
