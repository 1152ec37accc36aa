import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { nodeSize } from '../../../shared/model/geometry';
import type { ElementCanvasNode } from '../canvasTypes';
import { ProblemBadge } from './NodeChrome';

/** A text annotation: an open bracket on the left with the text beside it. */
function AnnotationNodeView({ data, selected }: NodeProps<ElementCanvasNode>) {
  const { node, problem } = data;
  const { width, height } = nodeSize(node);
  return (
    <div className={`fw-annotation${selected ? ' fw-selected' : ''}`} style={{ width, height }}>
      <div className="fw-annotation-text">{node.name || node.description || 'Annotation'}</div>
      <ProblemBadge level={problem} />
    </div>
  );
}

export const AnnotationNode = memo(AnnotationNodeView);
