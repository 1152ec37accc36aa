import { importBpmn, type ImportWarning } from '../../shared/io/bpmn';
import { FlowwrightError, type ErrorCode } from '../../shared/model/errors';
import type { ProcessModel } from '../../shared/model/schema';

/** What an import gives back across the worker boundary: plain data, as an error's class does not survive a copy. */
export type BpmnImportReply =
  { ok: true; model: ProcessModel; warnings: ImportWarning[] } | { ok: false; code: ErrorCode; message: string };

/**
 * Imports BPMN bytes or text as a map, answering with the map or the refusal's code and message. An unexpected
 * failure is answered as FW_INTERNAL rather than thrown, so that the app can say so and carry on.
 */
export async function runBpmnImport(input: string | Uint8Array, name?: string): Promise<BpmnImportReply> {
  try {
    const { model, warnings } = await importBpmn(input, { name });
    return { ok: true, model, warnings };
  } catch (error) {
    if (error instanceof FlowwrightError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'FW_INTERNAL', message: error instanceof Error ? error.message : String(error) };
  }
}
