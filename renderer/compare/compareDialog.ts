import { create } from 'zustand';

interface CompareDialogState {
  open: boolean;
}

/** Whether the dialog that compares two maps is open; its last comparison is kept in the results store. */
export const useCompareDialog = create<CompareDialogState>(() => ({ open: false }));

/** Opens the dialog that compares two maps (the open map as it is now against another map or save point). */
export const openCompareDialog = () => useCompareDialog.setState({ open: true });

export const closeCompareDialog = () => useCompareDialog.setState({ open: false });
