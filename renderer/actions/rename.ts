import { defineAction } from './action';

export const renameSelection = defineAction({
  name: 'rename',
  label: 'Rename',
  group: 'Edit',
  shortcuts: ['F2'],
  enabled: ({ editor }) => editor.model !== null && editor.selection.length === 1,
  // The properties panel's name field answers the request by taking the focus.
  perform: ({ ui }) => ui.set({ renameRequest: ui.renameRequest + 1 }),
});
