import { many, one, text, type ModdleElement } from './moddleElement';

/** A vendor extension element kept as plain data, so that an export can write it again. */
export interface KeptElement {
  name: string;
  uri?: string;
  attrs?: Record<string, string>;
  children?: KeptElement[];
  text?: string;
}

/** A vendor element (parsed generically, as every namespace bpmn-moddle does not know is) as plain data. */
export function keepElement(element: ModdleElement): KeptElement {
  const kept: KeptElement = { name: element.$type };
  const uri = element.$descriptor?.ns.uri;
  if (uri) kept.uri = uri;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(element))
    if (!key.startsWith('$') && typeof value === 'string') attrs[key] = value;
  if (Object.keys(attrs).length) kept.attrs = attrs;
  const children = (element.$children ?? []).map(keepElement);
  if (children.length) kept.children = children;
  if (typeof element.$body === 'string' && element.$body.trim() !== '') kept.text = element.$body;
  return kept;
}

/** Vendor attributes of an element (`camunda:asyncBefore`, …) whose prefix the file declares at its root. */
export function keptAttributes(
  element: ModdleElement,
  declared: Record<string, string>,
): Record<string, string> | undefined {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(element.$attrs ?? {})) {
    const prefix = key.includes(':') ? key.slice(0, key.indexOf(':')) : undefined;
    if (prefix && prefix !== 'xmlns' && declared[prefix] && typeof value === 'string') attrs[key] = value;
  }
  return Object.keys(attrs).length ? attrs : undefined;
}

/** Namespace declarations at the root of the file, by prefix (`camunda` → its URI). */
export function declaredNamespaces(definitions: ModdleElement): Record<string, string> {
  const namespaces: Record<string, string> = {};
  for (const [key, value] of Object.entries(definitions.$attrs ?? {}))
    if (key.startsWith('xmlns:') && typeof value === 'string') namespaces[key.slice(6)] = value;
  return namespaces;
}

/** What an element's extensionElements hold, sorted into what Flowwright reads and what it keeps as it is. */
export interface ExtensionReading {
  /** The JSON of Flowwright's own `fw:properties` / `fw:model`, when present. */
  flowwright?: unknown;
  /** Zeebe task type, retries and assignment (assignee, candidateGroups, candidateUsers), read into `extensions.zeebe`. */
  zeebe?: Record<string, string>;
  kept: KeptElement[];
  /** Typed QBP blocks found in extensionElements (newer simulators write them there). */
  qbp: ModdleElement[];
}

function parseJson(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Sorts the extensionElements of an element. */
export function readExtensionElements(element: ModdleElement): ExtensionReading {
  const reading: ExtensionReading = { kept: [], qbp: [] };
  for (const value of many(one(element, 'extensionElements'), 'values')) {
    const type = value.$type;
    if (type === 'fw:Properties' || type === 'fw:Model') reading.flowwright = parseJson(text(value, 'value'));
    else if (type === 'qbp:ProcessSimulationInfo') reading.qbp.push(value);
    else if (type === 'zeebe:taskDefinition' && typeof value.type === 'string') {
      reading.zeebe = { ...reading.zeebe, taskType: value.type };
      if (typeof value.retries === 'string') reading.zeebe.retries = value.retries;
    } else if (type === 'zeebe:assignmentDefinition') {
      reading.zeebe = { ...reading.zeebe };
      for (const key of ['assignee', 'candidateGroups', 'candidateUsers'])
        if (typeof value[key] === 'string') reading.zeebe[key] = value[key] as string;
    } else if (value.$descriptor?.isGeneric) reading.kept.push(keepElement(value));
  }
  return reading;
}
