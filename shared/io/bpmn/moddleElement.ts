import type { ModdleElement } from 'bpmn-moddle';

export type { ModdleElement };

/** The BPMN 2.0 model namespace, whatever prefix a file binds it to. */
export const bpmnNamespace = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** A many-valued property of an element, empty when absent. */
export function many(element: ModdleElement | undefined, property: string): ModdleElement[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

/** A single element-valued property (a child or a resolved reference). */
export function one(element: ModdleElement | undefined, property: string): ModdleElement | undefined {
  const value = element?.[property];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as ModdleElement) : undefined;
}

/** A text- or number-valued property as text; undefined when absent or blank. */
export function text(element: ModdleElement | undefined, property: string): string | undefined {
  const value = element?.[property];
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A boolean property, or the fallback when absent. */
export function flag(element: ModdleElement | undefined, property: string, fallback: boolean): boolean {
  const value = element?.[property];
  return typeof value === 'boolean' ? value : fallback;
}

/** A number property (DI bounds and waypoints), or undefined. */
export function numeric(element: ModdleElement | undefined, property: string): number | undefined {
  const value = Number(element?.[property]);
  return element?.[property] !== undefined && Number.isFinite(value) ? value : undefined;
}

/** The local BPMN type name of an element, e.g. `UserTask` for `bpmn:UserTask`. */
export function localType(element: ModdleElement): string {
  return element.$type.slice(element.$type.indexOf(':') + 1);
}

/** Whether the element is of the BPMN type (or a subtype of it), e.g. `bpmn:Activity`. */
export function isType(element: ModdleElement | undefined, type: string): boolean {
  return Boolean(element && typeof element.$instanceOf === 'function' && element.$instanceOf(type));
}
