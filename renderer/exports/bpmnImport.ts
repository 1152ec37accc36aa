import { errorCatalogue, FlowwrightError } from '../../shared/model/errors';
import type { ProcessModel } from '../../shared/model/schema';
import type { OpenedFile } from '../platform/platform';

/** File endings read as BPMN 2.0 XML rather than as `.flow.json`. */
export const bpmnFileAccept = ['.bpmn', '.bpmn2', '.xml'];

/** Whether a picked or dropped file is to be read as BPMN 2.0, by its name. */
export function isBpmnFileName(name: string): boolean {
  return /\.(bpmn2?|xml)$/i.test(name);
}

export type BpmnFileImport =
  { ok: true; model: ProcessModel; warnings: string[] } | { ok: false; title: string; problems: string[] };

/**
 * Reads a BPMN file as a map, from its bytes where the platform has them (so that its declared encoding is
 * honoured). A file that cannot be imported gives the catalogue's reason and the importer's message, which names
 * the line and column of broken XML; nothing of it is kept.
 */
export async function readBpmnFile(file: OpenedFile): Promise<BpmnFileImport> {
  // bpmn-moddle is large and most sessions never import BPMN: load it on first use.
  const { importBpmn } = await import('../../shared/io/bpmn');
  try {
    const stem = file.name.replace(/\.[^.]+$/, '').trim();
    const { model, warnings } = await importBpmn(file.bytes ?? file.text, { name: stem || undefined });
    return { ok: true, model, warnings: warnings.map((w) => w.message) };
  } catch (error) {
    if (!(error instanceof FlowwrightError)) throw error;
    return {
      ok: false,
      title: `"${file.name}" was not imported. ${errorCatalogue[error.code]}`,
      problems: [`${error.code}: ${error.message}`],
    };
  }
}
