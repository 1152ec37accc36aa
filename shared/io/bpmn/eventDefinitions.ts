import type { EventType } from '../../model';
import { parseIsoDuration } from './isoDuration';
import { localType, many, one, text, type ModdleElement } from './moddleElement';

/** What an event's definitions say, in the model's terms plus what is kept under `extensions.bpmn`. */
export interface EventReading {
  eventType: EventType;
  timer?: number;
  kept: Record<string, unknown>;
  /** Set when the definition has no Flowwright equivalent (conditional, link, compensate, cancel, several). */
  unsupported?: string;
}

const direct: Record<string, EventType> = {
  TimerEventDefinition: 'timer',
  MessageEventDefinition: 'message',
  ErrorEventDefinition: 'error',
  EscalationEventDefinition: 'escalation',
  SignalEventDefinition: 'signal',
  TerminateEventDefinition: 'terminate',
};

/** The text of a formal expression (`<timeDuration>PT1H</timeDuration>`), without Zeebe's leading `=`. */
export function expressionBody(expression: ModdleElement | undefined): string | undefined {
  return text(expression, 'body')?.trim().replace(/^=\s*/, '');
}

function readTimer(definition: ModdleElement): { timer?: number; kept: Record<string, unknown> } {
  for (const kind of ['timeDuration', 'timeCycle', 'timeDate'] as const) {
    const value = expressionBody(one(definition, kind));
    if (value === undefined) continue;
    const seconds = kind === 'timeDate' ? undefined : parseIsoDuration(value);
    return { timer: seconds, kept: { timer: { kind: kind.slice(4).toLowerCase(), value } } };
  }
  return { kept: {} };
}

/** The referenced root element (message, error, signal, escalation) as id, name and code. */
function referenced(
  definition: ModdleElement,
  property: string,
  codeProperty?: string,
): Record<string, string> | undefined {
  const target = one(definition, property);
  if (!target?.id) return undefined;
  const entry: Record<string, string> = { id: target.id };
  const name = text(target, 'name');
  if (name !== undefined) entry.name = name;
  const code = codeProperty ? text(target, codeProperty) : undefined;
  if (code !== undefined) entry.code = code;
  return entry;
}

function readOne(definition: ModdleElement): EventReading {
  const type = localType(definition);
  const eventType = direct[type];
  if (!eventType) {
    const kind = type.replace(/EventDefinition$/, '').toLowerCase();
    const kept: Record<string, unknown> = { eventDefinition: kind };
    const condition = expressionBody(one(definition, 'condition'));
    if (condition !== undefined) kept.condition = condition;
    const linkName = text(definition, 'name');
    if (kind === 'link' && linkName !== undefined) kept.link = linkName;
    return { eventType: 'none', kept, unsupported: kind };
  }
  if (eventType === 'timer') return { eventType, ...readTimer(definition) };
  const refs: Partial<Record<EventType, [string, string?]>> = {
    message: ['messageRef'],
    error: ['errorRef', 'errorCode'],
    escalation: ['escalationRef', 'escalationCode'],
    signal: ['signalRef'],
  };
  const ref = refs[eventType];
  const target = ref ? referenced(definition, ref[0], ref[1]) : undefined;
  return { eventType, kept: target ? { [eventType]: target } : {} };
}

/** Reads an event's definitions; several definitions (a "multiple" event) keep the first and say so. */
export function readEventDefinitions(event: ModdleElement): EventReading {
  const definitions = many(event, 'eventDefinitions');
  if (definitions.length === 0) return { eventType: 'none', kept: {} };
  const first = readOne(definitions[0]);
  if (definitions.length === 1) return first;
  const kinds = definitions.map((d) =>
    localType(d)
      .replace(/EventDefinition$/, '')
      .toLowerCase(),
  );
  return { ...first, kept: { ...first.kept, eventDefinitions: kinds }, unsupported: `multiple (${kinds.join(', ')})` };
}
