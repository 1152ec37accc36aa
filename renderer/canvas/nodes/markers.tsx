import type { EventType, NodeType, TaskType } from '../../../shared/model';

/** Task-type icons in a 16x16 box, as in BPMN 2.0 (person, gear, script, hand, envelopes, rule table). */
export function TaskTypeIcon({ taskType }: { taskType: TaskType }) {
  switch (taskType) {
    case 'user':
      return (
        <g className="fw-icon">
          <circle cx="8" cy="5" r="3" />
          <path d="M2 15 C2 10 4.5 9 8 9 C11.5 9 14 10 14 15 Z" />
        </g>
      );
    case 'service':
      return (
        <g className="fw-icon">
          <path d="M8 1.5 L9.3 3.3 L11.5 2.6 L11.7 4.9 L13.9 5.6 L12.8 7.6 L14.3 9.3 L12.2 10.2 L12.3 12.5 L10 12.2 L8.8 14.2 L7.2 12.6 L5 13.4 L4.6 11.1 L2.4 10.6 L3.3 8.5 L1.7 6.8 L3.8 5.8 L3.6 3.5 L5.9 3.8 Z" />
          <circle cx="8" cy="8" r="2.3" />
        </g>
      );
    case 'script':
      return (
        <g className="fw-icon">
          <path d="M4 1.5 H13 C11 4 13 6 12 8 C11 10 13 12.5 12 14.5 H3 C4 12.5 2 10 3 8 C4 6 2 4 4 1.5 Z" />
          <path d="M5 5 H10 M4.6 8 H9.6 M5 11 H10" />
        </g>
      );
    case 'manual':
      return (
        <g className="fw-icon">
          <path d="M1.5 7 C3 5 5 4.5 7 4.5 H13.5 C14.5 4.5 14.5 6 13.5 6 H9 M9 6 H14.5 C15.5 6 15.5 7.5 14.5 7.5 H9 M9 7.5 H14 C15 7.5 15 9 14 9 H9 M9 9 H13 C14 9 14 10.5 13 10.5 H5 C3 10.5 2 10 1.5 9.5 Z" />
        </g>
      );
    case 'send':
      return (
        <g className="fw-icon fw-icon-filled">
          <rect x="1.5" y="3.5" width="13" height="9" />
          <path className="fw-icon-cut" d="M1.5 3.5 L8 8.5 L14.5 3.5" />
        </g>
      );
    case 'receive':
      return (
        <g className="fw-icon">
          <rect x="1.5" y="3.5" width="13" height="9" />
          <path d="M1.5 3.5 L8 8.5 L14.5 3.5" />
        </g>
      );
    case 'businessRule':
      return (
        <g className="fw-icon">
          <rect x="1.5" y="2.5" width="13" height="11" />
          <rect x="1.5" y="2.5" width="13" height="3" className="fw-icon-solid" />
          <path d="M1.5 9.5 H14.5 M5 5.5 V13.5" />
        </g>
      );
  }
}

/** An event definition icon centred at (cx, cy); `filled` draws the throwing (catch-less) variant. */
export function EventIcon({
  eventType,
  cx,
  cy,
  filled,
}: {
  eventType: EventType;
  cx: number;
  cy: number;
  filled: boolean;
}) {
  const cls = filled ? 'fw-icon fw-icon-filled' : 'fw-icon';
  const at = `translate(${cx - 8} ${cy - 8})`;
  switch (eventType) {
    case 'none':
      return null;
    case 'timer':
      return (
        <g className="fw-icon" transform={at}>
          <circle cx="8" cy="8" r="7" />
          <path d="M8 3 V8 L11.5 9.5 M8 1.5 V2.8 M14.5 8 H13.2 M8 14.5 V13.2 M1.5 8 H2.8" />
        </g>
      );
    case 'message':
      return (
        <g className={cls} transform={at}>
          <rect x="1.5" y="3.5" width="13" height="9" />
          <path className={filled ? 'fw-icon-cut' : undefined} d="M1.5 3.5 L8 8.5 L14.5 3.5" />
        </g>
      );
    case 'error':
      return (
        <g className={cls} transform={at}>
          <path d="M2 14 L5 3 L9.5 9 L11.5 2.5 L14 13 L10 7.5 Z" />
        </g>
      );
    case 'escalation':
      return (
        <g className={cls} transform={at}>
          <path d="M8 1.5 L13 14 L8 9.5 L3 14 Z" />
        </g>
      );
    case 'signal':
      return (
        <g className={cls} transform={at}>
          <path d="M8 2 L14.5 13.5 H1.5 Z" />
        </g>
      );
    case 'terminate':
      return <circle className="fw-icon-solid" cx={cx} cy={cy} r={Math.max(4, cx * 0.55)} />;
  }
}

/** The marker drawn inside a gateway diamond of the given size. */
export function GatewayMarker({ type, size }: { type: NodeType; size: number }) {
  const c = size / 2;
  const r = size * 0.2;
  switch (type) {
    case 'exclusiveGateway':
      return (
        <path
          className="fw-marker"
          d={`M${c - r * 0.8} ${c - r} L${c + r * 0.8} ${c + r} M${c + r * 0.8} ${c - r} L${c - r * 0.8} ${c + r}`}
        />
      );
    case 'parallelGateway':
      return (
        <path className="fw-marker" d={`M${c} ${c - r * 1.2} V${c + r * 1.2} M${c - r * 1.2} ${c} H${c + r * 1.2}`} />
      );
    case 'inclusiveGateway':
      return <circle className="fw-marker" cx={c} cy={c} r={r} />;
    case 'eventBasedGateway': {
      const p = r * 0.6;
      const pentagon = [0, 1, 2, 3, 4]
        .map((i) => {
          const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
          return `${(c + p * Math.cos(a)).toFixed(1)},${(c + p * Math.sin(a)).toFixed(1)}`;
        })
        .join(' ');
      return (
        <g className="fw-marker-thin">
          <circle cx={c} cy={c} r={r * 1.25} />
          <circle cx={c} cy={c} r={r * 1.05} />
          <polygon points={pentagon} />
        </g>
      );
    }
    default:
      return null;
  }
}
