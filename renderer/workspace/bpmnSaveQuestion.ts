import { createStore } from 'zustand/vanilla';
import type { AskBeforeBpmn, BpmnSaveChoice } from './documentActions';

export interface BpmnSaveQuestion {
  fileName: string;
  losses: string[];
  answer(choice: BpmnSaveChoice): void;
}

/** The question shown before a map is saved as `.bpmn`, while it waits for the user's answer. */
export const bpmnSaveQuestion = createStore<{ question: BpmnSaveQuestion | null }>(() => ({ question: null }));

/** Asks in the app's own dialog (BpmnSaveDialog); a second question answers the first with Cancel. */
export const askBeforeBpmnInApp: AskBeforeBpmn = (fileName, losses) =>
  new Promise((resolve) => {
    bpmnSaveQuestion.getState().question?.answer('cancel');
    const answer = (choice: BpmnSaveChoice) => {
      bpmnSaveQuestion.setState({ question: null });
      resolve(choice);
    };
    bpmnSaveQuestion.setState({ question: { fileName, losses, answer } });
  });
