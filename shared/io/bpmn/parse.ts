import { BpmnModdle, type ModdleWarning } from 'bpmn-moddle';
import { FlowwrightError } from '../../model';
import { flowwrightPackage, qbpPackage } from './extensionSchemas';
import type { ModdleElement } from './moddleElement';
import type { ImportReport } from './importReport';
import { duplicateAt, renameDuplicateIds } from './duplicateIds';
import { repairIds } from './xmlText';

/** A moddle instance that reads BPMN with the QBP and Flowwright extension namespaces typed. */
export function createModdle(extra: Record<string, unknown> = {}): BpmnModdle {
  return new BpmnModdle({ qbp: qbpPackage, fw: flowwrightPackage, ...extra });
}

interface MessageParts {
  where: string;
  cause: string;
  element?: string;
}

/** Splits moddle's multi-line message (`unparsable content <x> detected\n\tline: 0\n\tcolumn: 5\n\tnested error: …`). */
function messageParts(message: string): MessageParts {
  const line = /line: (\d+)/.exec(message)?.[1];
  const column = /column: (\d+)/.exec(message)?.[1];
  // saxen counts lines and columns from 0.
  const where = line === undefined ? '' : `line ${Number(line) + 1}, column ${Number(column ?? 0) + 1}: `;
  const cause = /nested error: (.*)/.exec(message)?.[1] ?? message.split('\n')[0];
  return { where, cause, element: /unparsable content <([^>]+)>/.exec(message)?.[1] };
}

function rootName(xml: string): string {
  return /<([\w.:-]+)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''))?.[1] ?? 'unknown';
}

function reportWarning(warning: ModdleWarning, report: ImportReport): void {
  const { where, cause, element } = messageParts(warning.message);
  if (/^unsupported document encoding/.test(cause)) return; // the text was decoded before parsing
  // Repeated ids are renamed before this point (renameDuplicateIds); one left over means renaming failed.
  if (/^duplicate ID/.test(cause))
    throw new FlowwrightError(
      'FW_IMPORT_DUPLICATE_ID',
      `${where}${cause.replace(/^duplicate ID <(.*)>$/, 'the id "$1" is used twice')}`,
    );
  const unresolved = /^unresolved reference <(.*)>$/.exec(cause);
  if (unresolved)
    report.add('FW_IMPORT_UNRESOLVED_REFERENCE', `a reference to "${unresolved[1]}" points to nothing in the file`);
  else if (element) report.add('FW_IMPORT_UNSUPPORTED_ELEMENT', `${where}<${element}> was skipped: ${cause}`);
  else report.add('FW_IMPORT_UNSUPPORTED_ELEMENT', `${where}${cause}`);
}

/**
 * Parses BPMN 2.0 XML text into bpmn-moddle's object tree. Broken XML and a document that is not BPMN are errors
 * with line and column; what the parser skipped is added to the report. Ids that are not XML names
 * are renamed first (see repairIds), and the renames returned; an element repeating an earlier id is renamed with a
 * warning (see renameDuplicateIds).
 */
export async function parseDefinitions(
  text: string,
  report: ImportReport,
): Promise<{ definitions: ModdleElement; renamed: Map<string, string> }> {
  const repaired = repairIds(text);
  const { renamed } = repaired;
  let xml = repaired.xml;
  let result = await parseXml(xml);
  // An element repeating an id is dropped by the parser; each pass renames those it reported (nested ones surface
  // once their parent is read).
  for (let pass = 0; pass < 3; pass++) {
    const duplicates = result.warnings.flatMap((w) => duplicateAt(w.message) ?? []);
    if (duplicates.length === 0) break;
    const fixed = renameDuplicateIds(xml, duplicates);
    if (fixed.renamed.length === 0) break;
    for (const rename of fixed.renamed) {
      const what = `the ${rename.element}${rename.name ? ` "${rename.name}"` : ''} on line ${rename.line}`;
      report.add(
        'FW_IMPORT_DUPLICATE_ID',
        `${what} has the id "${rename.from}", which an earlier element already has; it was renamed "${rename.to}"`,
        rename.to,
      );
    }
    xml = fixed.xml;
    result = await parseXml(xml);
  }
  for (const warning of result.warnings)
    if (!resolvePrefixed(warning, result.elementsById, report)) reportWarning(warning, report);
  return { definitions: result.rootElement, renamed };
}

/**
 * Resolves a reference written with a prefix before the id (IBM Process Designer's `attachedToRef="Process:…"`)
 * to the element with that id, as lenient readers do. Returns whether it did.
 */
function resolvePrefixed(
  warning: ModdleWarning,
  elementsById: Record<string, ModdleElement>,
  report: ImportReport,
): boolean {
  const { element, property, value } = warning;
  const id = value?.slice(value.lastIndexOf(':') + 1);
  const target = id && value !== id ? elementsById[id] : undefined;
  const descriptor = (element?.$descriptor as { propertiesByName?: Record<string, { name: string; isMany?: boolean }> })
    ?.propertiesByName?.[property ?? ''];
  if (!element || !target || !descriptor) return false;
  if (descriptor.isMany) (element.get(descriptor.name) as ModdleElement[]).push(target);
  else element.set(descriptor.name, target);
  report.add('FW_IMPORT_UNRESOLVED_REFERENCE', `a reference to "${value}" was read as one to "${id}"`, id);
  return true;
}

async function parseXml(xml: string) {
  try {
    return await createModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const message = (error as Error).message;
    if (/failed to parse document as <bpmn:Definitions>/.test(message))
      throw new FlowwrightError(
        'FW_IMPORT_NOT_BPMN',
        `the root element <${rootName(xml)}> is not a BPMN 2.0 <definitions> (namespace http://www.omg.org/spec/BPMN/20100524/MODEL)`,
      );
    const { where, cause } = messageParts(message);
    throw new FlowwrightError('FW_IMPORT_INVALID_XML', `${where || 'line 1, column 1: '}${cause}`);
  }
}
