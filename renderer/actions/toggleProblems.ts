import { defineAction } from './action';

export const toggleProblems = defineAction({
  name: 'toggleProblems',
  enabled: () => true,
  perform: ({ ui }) => ui.set({ problemsOpen: !ui.problemsOpen }),
});
