import { bpmnFileAccept, isBpmnFileName, readBpmnFile } from '../exports/bpmnImport';
import type { OpenedFile } from '../platform/platform';
import { flowFileAccept, maxFlowFileBytes, readFlowFile } from './flowFile';
import { processName } from './processRepository';
import { errorText, refreshProcesses, type WorkspaceContext } from './workspaceContext';

/** The file name without its `.flow.json` / `.json` ending, as a name for a map that has none. */
function baseName(fileName: string): string {
  return fileName.replace(/\.flow\.json$|\.json$/i, '').trim();
}

/** A file offered by the export dialog: text, or bytes of a media type (a PNG picture). */
export type ExportedFile =
  { name: string; text: string } | { name: string; bytes: Uint8Array<ArrayBuffer>; type: string };

/** Import and export of single files: `.flow.json` maps, and BPMN 2.0 files imported as new maps. */
export function fileActions(ctx: WorkspaceContext, openProcess: (id: string) => Promise<boolean>) {
  const { repository, platform, notices } = ctx;

  /**
   * Adds a BPMN file as a new process and opens it, listing what the import could not carry over. The import runs
   * off the main thread; a notice says so while it runs and offers to cancel it.
   */
  async function importBpmnFile(file: OpenedFile): Promise<void> {
    const cancel = new AbortController();
    const running = notices.notify({
      kind: 'info',
      title: `Importing "${file.name}"…`,
      details: [],
      timeoutMs: null,
      action: { label: 'Cancel', run: () => cancel.abort() },
    });
    const result = await readBpmnFile(file, { signal: cancel.signal }).finally(() => notices.dismiss(running));
    if (!result.ok) {
      notices.notify({ kind: result.cancelled ? 'info' : 'error', title: result.title, details: result.problems });
      return;
    }
    const created = await repository.createProcess(result.model, `Import from ${file.name}`);
    await refreshProcesses(ctx);
    await openProcess(created.id);
    const title = `Imported "${processName(result.model)}" from BPMN`;
    if (result.warnings.length > 0)
      notices.notify({
        kind: 'info',
        title: `${title}, with ${result.warnings.length} note(s):`,
        details: result.warnings,
        timeoutMs: null,
      });
    else notices.notify({ kind: 'info', title: `${title}.`, details: [] });
  }

  /**
   * Adds the file as a new process and opens it; a file restore() or the BPMN import refuses changes nothing.
   * `origin` says where a map made in the app comes from (a discovery from a log) in the notice and its history.
   */
  async function importText(file: OpenedFile, origin?: { done: string; revision: string }): Promise<void> {
    if (isBpmnFileName(file.name)) return importBpmnFile(file);
    const result = readFlowFile(file.name, file.text);
    if (!result.ok) {
      notices.notify({ kind: 'error', title: result.title, details: result.problems });
      return;
    }
    const model = result.model.name.trim() ? result.model : { ...result.model, name: baseName(file.name) };
    const created = await repository.createProcess(model, origin?.revision ?? `Import from ${file.name}`);
    await refreshProcesses(ctx);
    await openProcess(created.id);
    const done = `${origin?.done ?? 'Imported'} "${processName(model)}"`;
    if (result.fixes.length > 0)
      notices.notify({
        kind: 'info',
        title: `${done} with ${result.fixes.length} repair(s):`,
        details: result.fixes,
        timeoutMs: null,
      });
    else notices.notify({ kind: 'info', title: `${done}.`, details: [] });
  }

  return {
    importText,

    /** Asks for a file through the platform, then imports it. */
    async importFile(): Promise<void> {
      let file: OpenedFile | null;
      try {
        file = await platform.openFile({ accept: [...flowFileAccept, ...bpmnFileAccept], maxBytes: maxFlowFileBytes });
      } catch (error) {
        notices.notify({ kind: 'error', title: 'The file was not imported.', details: [errorText(error)] });
        return;
      }
      if (file) await importText(file);
    },

    /** Offers a file the export dialog produced; says so once it is saved. */
    async exportFile(file: ExportedFile): Promise<void> {
      const saved =
        'text' in file
          ? await platform.saveFile(file.name, file.text)
          : await platform.saveBytes(file.name, file.bytes, file.type);
      if (saved) notices.notify({ kind: 'info', title: `Exported "${file.name}".`, details: [] });
    },
  };
}
