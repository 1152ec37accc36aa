import path from 'node:path';

/** The file kinds the app opens as documents: its own maps and BPMN diagrams (through the importer). */
export const documentExtensions = ['.flow.json', '.bpmn'] as const;

/** True for a path the app opens as a document. */
export function isDocumentPath(file: string): boolean {
  const lower = file.toLowerCase();
  return documentExtensions.some((ext) => lower.endsWith(ext));
}

/**
 * The documents named on a command line: `flowwright a.flow.json b.bpmn`, a double-click (the OS passes the path),
 * or a second start forwarded to the running app. Skips Electron's own arguments: the executable, the app folder
 * in development (`electron .`) and switches (`--foo`, including Chromium's); relative paths are taken from the
 * folder the command was started in.
 */
export function documentsInArguments(argv: string[], workingDirectory: string, isPackaged: boolean): string[] {
  const rest = argv.slice(isPackaged ? 1 : 2);
  const files = rest.filter((arg) => !arg.startsWith('-') && isDocumentPath(arg));
  return [...new Set(files.map((file) => path.resolve(workingDirectory, file)))];
}

/**
 * Collects documents asked for before the app can show them (macOS sends `open-file` before `ready`; a second
 * instance may start while the first is still loading), then hands each to `open` once it is ready.
 */
export function openQueue(open: (file: string) => void) {
  let ready = false;
  const waiting: string[] = [];
  return {
    push(files: string[]): void {
      if (ready) files.forEach(open);
      else waiting.push(...files.filter((f) => !waiting.includes(f)));
    },
    /** The app can open windows now: everything waiting is opened, in the order asked. */
    ready(): void {
      ready = true;
      waiting.splice(0).forEach(open);
    },
  };
}
