import { useEffect, useState } from 'react';
import { readFileText } from '../platform/fileText';
import { logFormatOfFile } from '../logs/logFormat';
import { maxFlowFileBytes } from './flowFile';
import type { Workspace } from './workspace';
import { errorText } from './workspaceContext';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Imports a file dropped anywhere on the window. Only drags that carry files are taken, so the palette's own
 * drag and drop onto the canvas is left alone. An event log (XES, CSV) goes to `importLog` when given. Returns
 * whether a file is being dragged over the window.
 */
export function useFileDrop(workspace: Workspace, host: Window = window, importLog?: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child crossed
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (importLog && logFormatOfFile(file.name)) return importLog(file);
      readFileText(file, maxFlowFileBytes).then(
        (opened) => workspace.importText(opened),
        (error) =>
          workspace.notices.notify({
            kind: 'error',
            title: `"${file.name}" was not imported.`,
            details: [errorText(error)],
          }),
      );
    };
    host.addEventListener('dragenter', onEnter);
    host.addEventListener('dragleave', onLeave);
    host.addEventListener('dragover', onOver);
    host.addEventListener('drop', onDrop);
    return () => {
      host.removeEventListener('dragenter', onEnter);
      host.removeEventListener('dragleave', onLeave);
      host.removeEventListener('dragover', onOver);
      host.removeEventListener('drop', onDrop);
    };
  }, [workspace, host, importLog]);
  return dragging;
}
