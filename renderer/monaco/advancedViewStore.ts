import { create } from 'zustand';

/** Whether the Advanced view (the whole map as JSON) is open. */
export const useAdvancedView = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
