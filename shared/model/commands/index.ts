export { createEdit, type Edit, type ElementKind, type ElementRef } from './edit';
export { elementPhrase, nodeTypeLabel, nodeTypeNames, taskTypeNames } from './labels';
export { addNode, type NewNode } from './addNode';
export { connect, type NewFlow } from './connect';
export { moveNodes, type MoveNodesArgs } from './moveNodes';
export { rename, type RenameArgs, type RenameTarget } from './rename';
export { setProperty, type SetPropertyArgs } from './setProperty';
export { deleteElements, type DeleteElementsArgs } from './deleteElements';
export { moveToLane, type MoveToLaneArgs } from './moveToLane';
export {
  addLane,
  setLaneProps,
  reorderLanes,
  type AddLaneArgs,
  type SetLanePropsArgs,
  type ReorderLanesArgs,
} from './lanes';
export { copyFragment, paste, duplicate, type ModelFragment, type PasteArgs, type DuplicateArgs } from './paste';
export { setDefaultFlow, type SetDefaultFlowArgs } from './setDefaultFlow';
export { updateModel, type UpdateModelArgs, type ProcessSettings } from './updateModel';
export { withDependents } from './dependents';
export {
  addParticipant,
  connectMessage,
  setParticipantProps,
  type NewMessageFlow,
  type SetParticipantPropsArgs,
} from './participants';
export {
  addPool,
  setPoolProps,
  deletePool,
  newPoolId,
  nodesUsingPool,
  poolPhrase,
  type AddPoolArgs,
  type SetPoolPropsArgs,
  type DeletePoolArgs,
} from './pools';
export {
  addCalendar,
  alwaysOpenCalendarId,
  calendarName,
  calendarPhrase,
  calendarUsers,
  deleteCalendar,
  duplicateCalendar,
  newCalendarId,
  officeHours,
  setCalendarProps,
  type DeleteCalendarArgs,
  type SetCalendarPropsArgs,
} from './calendars';
export {
  isHolidayDate,
  normalizeTime,
  weekdayNames,
  weekGrid,
  weeklyEntries,
  weekProblems,
  weekSummary,
  type Weekday,
  type WeekGrid,
  type WorkPeriod,
} from './calendarWeek';
export {
  addScenario,
  deleteScenario,
  duplicateScenario,
  newScenarioId,
  removeScenarioOverride,
  renameScenario,
  scenarioPhrase,
  setScenarioOverride,
  type Override,
} from './scenarios';
export {
  arrivalsChange,
  automateTaskChange,
  branchProbabilityChange,
  distributionMean,
  poolCalendarChange,
  poolCapacityChange,
  scaleDistribution,
  taskDurationChange,
  taskFasterChange,
  taskMeanChange,
} from './scenarioChanges';
export { describeOverride, durationWords } from './scenarioWords';
export {
  isQueuePolicy,
  poolQueuePolicy,
  poolQueuePolicyChange,
  queuePolicyLabel,
  queuePolicyMeaning,
} from './queuePolicies';
