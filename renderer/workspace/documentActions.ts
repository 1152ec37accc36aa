import { documentKindOf, windowTitle, type DocumentKind } from '../../shared/ipc/documents';
import { maxMapFileBytes } from '../../shared/ipc/openLimits';
import type { ProcessModel } from '../../shared/model/schema';
import { bpmnFileAccept, isBpmnFileName, readBpmnFile } from '../exports/bpmnImport';
import type { LoadedDocument } from '../platform/documentFiles';
import { bpmnLosses } from './bpmnLosses';
import type { DocumentFileLink } from './documentFileRepository';
import { flowFileName, flowFileText, readFlowFile } from './flowFile';
import { processName } from './processRepository';
import { errorText, refreshProcesses, type WorkspaceContext } from './workspaceContext';

/** The answer to "this file is BPMN, which cannot hold everything": write it, keep a `.flow.json`, or stop. */
export type BpmnSaveChoice = 'bpmn' | 'flow' | 'cancel';
export type AskBeforeBpmn = (fileName: string, losses: string[]) => Promise<BpmnSaveChoice>;

/** The file the platform now reads and writes for this window: the one last opened or saved. */
interface Link {
  processId: string;
  file: DocumentFileLink;
  kind: DocumentKind;
  /** The map as last read from or written to the file (`.flow.json` text), to tell unsaved changes. */
  savedText: string;
  /** False where the browser cannot write back (no File System Access API): Save downloads instead. */
  writable: boolean;
  /** The user already agreed that this `.bpmn` file keeps less; Save does not ask again. */
  bpmnAgreed: boolean;
}

const verbs = { open: 'Opened', revert: 'Reverted to', reload: 'Reloaded' } as const;

/** The file a save wrote: its name and kind, whether the user agreed to BPMN, and its path where known. */
interface Written {
  name: string;
  kind: DocumentKind;
  agreed: boolean;
  path: string | null;
}

/** Documents on disk beside the workspace: Open, Save, Save As, Revert, and the title with its unsaved marker. */
export function documentActions(
  ctx: WorkspaceContext,
  openProcess: (id: string) => Promise<boolean>,
  askBeforeBpmn: AskBeforeBpmn,
) {
  const { repository, editor, platform, notices, view } = ctx;
  const files = platform.documents ?? null;
  let link: Link | null = null;
  let shown = { name: '', dirty: false, onFile: false, away: false, model: null as ProcessModel | null, savedText: '' };
  /** Whether the file's map had unsaved changes when it was last shown (kept while another map is shown). */
  let fileUnsaved = false;

  const linkedNow = (): Link | null => (link && link.processId === editor.getState().processId ? link : null);

  /** Whether the open map differs from its file; the text is compared only when the map itself changed. */
  function isDirty(model: ProcessModel): boolean {
    const linked = linkedNow();
    if (!linked) return false; // a map without a file lives in the workspace and is always kept there
    if (model === shown.model && linked.savedText === shown.savedText) return shown.dirty;
    return flowFileText(model) !== linked.savedText;
  }

  /** Shows the file's name and the unsaved marker in the window title and the top bar. */
  function publish(): void {
    const { model } = editor.getState();
    const linked = linkedNow();
    const name = linked ? linked.file.name : model ? processName(model) : '';
    const dirty = model ? isDirty(model) : false;
    const onFile = linked !== null;
    if (linked) fileUnsaved = dirty;
    const away = !onFile && link !== null && fileUnsaved;
    const changed = name !== shown.name || dirty !== shown.dirty || onFile !== shown.onFile || away !== shown.away;
    shown = { name, dirty, onFile, away, model, savedText: linked?.savedText ?? '' };
    const header = linked ? { fileName: linked.file.name, dirty } : null;
    const current = view.getState().document;
    if (current?.fileName !== header?.fileName || current?.dirty !== header?.dirty) view.setState({ document: header });
    if (!changed) return;
    // The desktop titles the window after what the page shows: the file, or another map switched to.
    // A file whose map has changes while another map is shown still makes closing the window ask.
    if (files) files.setState(name, dirty, onFile, away);
    else if (typeof document !== 'undefined') document.title = windowTitle(name, false);
  }

  async function remember(processId: string, file: DocumentFileLink): Promise<void> {
    await repository.setDocumentFile(processId, file);
    view.setState((s) => ({ files: { ...s.files, [processId]: file } }));
  }

  async function readModel(loaded: LoadedDocument): Promise<ProcessModel | null> {
    if (loaded.kind === 'bpmn') {
      const result = await readBpmnFile(loaded);
      if (result.ok) return result.model;
      notices.notify({ kind: result.cancelled ? 'info' : 'error', title: result.title, details: result.problems });
      return null;
    }
    const result = readFlowFile(loaded.name, loaded.text);
    if (result.ok) return result.model;
    notices.notify({ kind: 'error', title: result.title, details: result.problems });
    return null;
  }

  /** The map already in the workspace for this file: the window's own on revert or reload, else by path or name. */
  function processFor(loaded: LoadedDocument): string | null {
    if (loaded.reason !== 'open' && link) return link.processId;
    const key = loaded.path ?? loaded.name;
    const { files: known, processes } = view.getState();
    const found = Object.entries(known).find(
      ([id, file]) => (file.path ?? file.name) === key && processes.some((p) => p.id === id),
    );
    return found?.[0] ?? null;
  }

  /**
   * Shows a file's map: a map already linked to the file is opened and takes the file's content as one undoable
   * change (so Revert and a reload can be undone); any other file becomes a new map in the workspace.
   */
  async function receive(loaded: LoadedDocument, writable = true): Promise<void> {
    const model = await readModel(loaded);
    if (!model) return;
    const label = `${verbs[loaded.reason]} "${loaded.name}"`;
    let processId = processFor(loaded);
    if (processId && (await openProcess(processId))) {
      const state = editor.getState();
      if (state.model && flowFileText(state.model) !== flowFileText(model)) state.replaceModel(model, label);
    } else {
      const named = model.name.trim() ? model : { ...model, name: loaded.name.replace(/\.flow\.json$|\.bpmn$/i, '') };
      processId = (await repository.createProcess(named, label)).id;
      await refreshProcesses(ctx);
      if (!(await openProcess(processId))) return;
    }
    const opened = editor.getState().model ?? model;
    const file = { name: loaded.name, path: loaded.path ?? null };
    link = { processId, file, kind: loaded.kind, savedText: flowFileText(opened), writable, bpmnAgreed: false };
    fileUnsaved = false;
    await remember(processId, file);
    publish();
    const undo = loaded.reason === 'open' ? '' : ' Undo brings your changes back.';
    notices.notify({ kind: 'info', title: `${label}.${undo}`, details: [] });
  }

  /** The map to save and its file: the one shown, or (Save from a closing window's prompt) the window's file's map. */
  async function toSave(
    closing: boolean,
  ): Promise<{ model: ProcessModel; processId: string; linked: Link | null } | null> {
    if (closing && link && !linkedNow() && fileUnsaved) {
      const stored = await repository.loadProcess(link.processId);
      return stored?.ok ? { model: stored.model, processId: link.processId, linked: link } : null;
    }
    const { model, processId } = editor.getState();
    return model && processId ? { model, processId, linked: linkedNow() } : null;
  }

  /** Save or Save As; true when the file was written. */
  async function save(saveAs: boolean, closing = false): Promise<boolean> {
    const target = await toSave(closing);
    if (!target) return false;
    const { model, processId, linked } = target;
    if (!files || (linked && !linked.writable)) {
      // No way to write back to a file here: the map is offered as a download.
      const name = linked?.kind === 'flow' ? linked.file.name : flowFileName(model);
      const saved = await platform.saveFile(name, flowFileText(model));
      if (saved) notices.notify({ kind: 'info', title: `Downloaded "${name}".`, details: [] });
      return saved;
    }
    let written: Written | null = null;
    let wantsFlow = false;
    const saved = await files.save({
      name: processName(model),
      // A map that is not the file's (another map was opened since) never overwrites that file.
      saveAs: saveAs || !linked,
      async textFor(kind, fileName, filePath) {
        let agreed = linked?.bpmnAgreed === true && linked.file.name === fileName;
        if (kind === 'bpmn' && !agreed) {
          const choice = await askBeforeBpmn(fileName, bpmnLosses(model));
          wantsFlow = choice === 'flow';
          if (choice !== 'bpmn') return null;
          agreed = true;
        }
        written = { name: fileName, kind, agreed, path: filePath ?? null };
        return kind === 'bpmn' ? (await import('../../shared/io/bpmn')).exportBpmn(model) : flowFileText(model);
      },
    });
    if (wantsFlow) return save(true, closing);
    const done = written as Written | null;
    if (!saved || !done) return false;
    // The desktop names where it wrote; a browser names only the file, whose path is kept while it is the same.
    const path = done.path ?? (linked && !saveAs && linked.file.name === done.name ? linked.file.path : null);
    const file = { name: done.name, path };
    const newFile = !linked || linked.file.name !== done.name || linked.file.path !== path;
    link = {
      processId,
      file,
      kind: done.kind,
      savedText: flowFileText(model),
      writable: true,
      bpmnAgreed: done.agreed,
    };
    fileUnsaved = false;
    await remember(processId, file);
    publish();
    // Saving again to the same file says so by the unsaved marker going away; a new file is worth a word.
    if (newFile) notices.notify({ kind: 'info', title: `Saved as "${done.name}".`, details: path ? [path] : [] });
    return true;
  }

  async function openWithoutFileAccess(): Promise<void> {
    const accept = ['.flow.json', ...bpmnFileAccept];
    const file = await platform.openFile({ accept, maxBytes: maxMapFileBytes });
    if (!file) return;
    const kind = documentKindOf(file.name) ?? (isBpmnFileName(file.name) ? 'bpmn' : 'flow');
    const bytes = file.bytes ?? new TextEncoder().encode(file.text);
    await receive({ name: file.name, kind, text: file.text, bytes, reason: 'open' }, false);
  }

  const guard = (what: string, action: () => Promise<unknown>) => async (): Promise<void> => {
    try {
      await action();
    } catch (error) {
      notices.notify({ kind: 'error', title: `${what} failed.`, details: [errorText(error)] });
    }
  };

  return {
    open: guard('Open', () => (files ? files.open() : openWithoutFileAccess())),
    save: guard('Save', () => save(false)),
    saveAs: guard('Save As', () => save(true)),
    revert: guard('Revert', async () => {
      if (files && linkedNow()?.writable) await files.revert();
    }),
    /** Whether the open map has a file to go back to. */
    canRevert: () => files !== null && linkedNow()?.writable === true,
    /**
     * Follows the editor for the title, and the platform for files opened from its menu or at start; `started`
     * is the workspace's start, after which files waiting (a double-clicked one) are asked for.
     */
    connect(started: Promise<void>): () => void {
      const stops = [editor.subscribe(() => publish())];
      if (files) {
        stops.push(files.onLoad((loaded) => void receive(loaded).catch((e: unknown) => failed('Opening the file', e))));
        stops.push(
          files.onSaveRequest((saveAs, closing) => save(saveAs, closing).catch((e: unknown) => failed('Save', e))),
        );
      }
      void started.then(async () => {
        view.setState({ files: await repository.listDocumentFiles() });
        publish();
        files?.ready();
      });
      return () => stops.forEach((stop) => stop());
    },
  };

  function failed(what: string, error: unknown): false {
    notices.notify({ kind: 'error', title: `${what} failed.`, details: [errorText(error)] });
    return false;
  }
}

export type DocumentActions = ReturnType<typeof documentActions>;
