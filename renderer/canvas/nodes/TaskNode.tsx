import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nodeSize } from '../../../shared/io/autoLayout';
import type { ElementCanvasNode } from '../canvasTypes';
import { nodeTitle } from '../elementLabels';
import { TaskTypeIcon } from './markers';
import { NodeHandles, ProblemBadge } from './NodeChrome';

/** A task (rounded rectangle, type icon at the top left) or a collapsed sub-process (with its [+] marker). */
function TaskNodeView({ data, selected }: NodeProps<ElementCanvasNode>) {
  const { node, problem } = data;
  const { width, height } = nodeSize(node);
  const subProcess = node.type === 'subProcess';
  return (
    <div
      className={`fw-shape fw-task${subProcess ? ' fw-subprocess' : ''}${selected ? ' fw-selected' : ''}`}
      style={{ width, height }}
    >
      {node.taskType && (
        <svg className="fw-task-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <TaskTypeIcon taskType={node.taskType} />
        </svg>
      )}
      <div className="fw-task-label">{node.name}</div>
      {subProcess && (
        <svg className="fw-collapsed-marker" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <rect x="0.5" y="0.5" width="13" height="13" />
          <path d="M7 3 V11 M3 7 H11" />
        </svg>
      )}
      <ProblemBadge level={problem} />
      <NodeHandles title={nodeTitle(node)} incoming outgoing />
    </div>
  );
}

export const TaskNode = memo(TaskNodeView);
