import { create } from 'zustand';

/** Whether the export dialog is open: the top bar's button and the desktop File menu both open it. */
export const useExportDialog = create<{ open: boolean; setOpen(open: boolean): void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
