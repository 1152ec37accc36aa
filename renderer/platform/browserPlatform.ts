import type { OpenedFile, OpenFileOptions, Platform } from './platform';
import { readFileText } from './fileText';
import { browserDocumentFiles, hasFileSystemAccess } from './browserDocumentFiles';

/** How long a download's object URL stays valid; the browser has copied the data well before then. */
const revokeAfterMs = 10_000;

/** Shows the browser's file picker through a transient file input; resolves null when the user cancels. */
function pickFile(doc: Document, accept: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** Offers the data as a download called `name`; a browser cannot tell whether the user kept it. */
function download(doc: Document, name: string, parts: BlobPart[], type: string): boolean {
  const view = doc.defaultView;
  if (!view) throw new Error('the document has no window to download from');
  const url = view.URL.createObjectURL(new view.Blob(parts, { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), revokeAfterMs);
  return true;
}

/** The platform of a plain browser: file inputs to open, downloads to save, IndexedDB for the rest. */
export function createBrowserPlatform(doc: Document): Platform {
  const view = doc.defaultView;
  return {
    kind: 'browser',
    async openFile(options: OpenFileOptions): Promise<OpenedFile | null> {
      const file = await pickFile(doc, options.accept);
      return file ? readFileText(file, options.maxBytes) : null;
    },
    saveFile: async (name: string, text: string) => download(doc, name, [text], 'application/json'),
    saveBytes: async (name: string, bytes: Uint8Array<ArrayBuffer>, type: string) => download(doc, name, [bytes], type),
    // A browser page has no application menu; its keyboard shortcuts and toolbar do the same work.
    onMenuAction: () => () => {},
    documents: view && hasFileSystemAccess(view) ? browserDocumentFiles(view, doc) : undefined,
  };
}
