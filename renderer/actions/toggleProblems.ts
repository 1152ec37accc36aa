import { defineAction } from './action';

export const toggleProblems = defineAction({
  name: 'toggleProblems',
  label: 'Show problems',
  group: 'View',
  shortcuts: ['Mod+Shift+M'],
  enabled: () => true,
  perform: ({ ui }) => ui.set({ problemsOpen: !ui.problemsOpen }),
});
