import { isMessageFlow, participantBands, participantsOf, type ProcessModel } from '../../model';
import type { Box } from '../../model/geometry';
import type { ExportContext } from './exportContext';
import type { ModdleElement } from './moddleElement';

/*
 * Other parties (the map's participants) and message flows in BPMN: each party a participant without a process
 * (a black box), each message flow a bpmn:MessageFlow of the collaboration; in the diagram a horizontal pool and a
 * straight edge between the shapes it joins.
 */

/** The participants written for the map's other parties, by participant id (as `Structure.participants`). */
export function createParticipants(context: ExportContext, into: Map<string, ModdleElement>): void {
  for (const participant of participantsOf(context.model)) {
    const element = context.moddle.create('bpmn:Participant', {
      id: context.id(participant.id),
      ...(participant.name ? { name: participant.name } : {}),
    });
    into.set(participant.id, element);
  }
}

/** The map's message flows whose ends were written (a node's element or a participant), by flow id. */
export function createMessageFlows(
  context: ExportContext,
  participants: ReadonlyMap<string, ModdleElement>,
): Map<string, ModdleElement> {
  const written = new Map<string, ModdleElement>();
  const end = (id: string) => context.elements.get(id) ?? participants.get(id);
  for (const flow of context.model.flows.filter(isMessageFlow)) {
    const [source, target] = [end(flow.source), end(flow.target)];
    if (!source || !target) continue;
    const element = context.moddle.create('bpmn:MessageFlow', {
      id: context.id(flow.id),
      sourceRef: source,
      targetRef: target,
      ...(flow.name ? { name: flow.name } : {}),
    });
    written.set(flow.id, element);
  }
  return written;
}

/** The boxes of the map's top-level shapes, where the diagram has them. */
export function topLevelBoxes(model: ProcessModel, boxes: ReadonlyMap<string, Box>): Box[] {
  return model.nodes.filter((n) => n.parent === undefined && boxes.has(n.id)).map((n) => boxes.get(n.id)!);
}

/** The boxes of the other parties' pools: across the map's width, at their stored or laid-out height. */
export function participantBoxes(model: ProcessModel, frame: { x: number; width: number }, mapBottom: number) {
  const boxes = new Map<string, Box>();
  for (const [id, band] of participantBands(model, mapBottom))
    boxes.set(id, { x: frame.x, y: band.y, width: frame.width, height: band.height });
  return boxes;
}
