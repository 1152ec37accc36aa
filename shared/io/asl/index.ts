export { exportAsl, type AslState, type AslStateMachine } from './exportAsl';
export { feelToChoice, UntranslatableCondition, type ChoiceRule } from './feelToChoice';
