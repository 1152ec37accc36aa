import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FlowEdge } from './edges/FlowEdge';
import { MessageEdge } from './edges/MessageEdge';
import { AnnotationNode } from './nodes/AnnotationNode';
import { DataNode } from './nodes/DataNode';
import { EventNode } from './nodes/EventNode';
import { GatewayNode } from './nodes/GatewayNode';
import { LaneNode } from './nodes/LaneNode';
import { HoldingLaneNode, OwnPoolNode, PoolNode } from './nodes/PoolNode';
import { TaskNode } from './nodes/TaskNode';

// Defined once at module scope: React Flow remounts every node when these objects change identity.
export const nodeTypes: NodeTypes = {
  event: EventNode,
  task: TaskNode,
  subProcess: TaskNode,
  gateway: GatewayNode,
  annotation: AnnotationNode,
  data: DataNode,
  lane: LaneNode,
  pool: PoolNode,
  ownPool: OwnPoolNode,
  holdingLane: HoldingLaneNode,
};

export const edgeTypes: EdgeTypes = { flow: FlowEdge, message: MessageEdge };
