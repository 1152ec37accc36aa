/**
 * Moddle descriptors of the two extension namespaces Flowwright reads as typed elements: the BIMP/QBP simulation
 * block, and Flowwright's own namespace, which carries what BPMN cannot say (simulation settings, probabilities).
 */

export const qbpNamespace = 'http://www.qbp-simulator.com/Schema201212';
export const flowwrightNamespace = 'https://flowwright.app/schema/bpmn/1.0';

const attr = (name: string, type = 'String') => ({ name, type, isAttr: true });
const child = (name: string, type: string, isMany = false) => ({ name, type, isMany });
const body = { name: 'value', type: 'String', isBody: true };

/** BIMP/QBP simulation info; BIMP writes it under <definitions>, newer tools under a process's extensionElements. */
export const qbpPackage = {
  name: 'QBP',
  prefix: 'qbp',
  uri: qbpNamespace,
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'SimulationHolder',
      extends: ['bpmn:Definitions'],
      properties: [child('processSimulationInfo', 'ProcessSimulationInfo', true)],
    },
    {
      name: 'ProcessSimulationInfo',
      superClass: ['Element'],
      properties: [
        attr('id'),
        attr('processId'),
        attr('processInstances'),
        attr('currency'),
        attr('startDateTime'),
        child('arrivalRateDistribution', 'Distribution'),
        child('timetables', 'Timetables'),
        child('resources', 'Resources'),
        child('elements', 'Elements'),
        child('sequenceFlows', 'SequenceFlows'),
      ],
    },
    {
      name: 'Distribution',
      properties: [
        attr('type'),
        attr('mean'),
        attr('arg1'),
        attr('arg2'),
        child('timeUnit', 'TimeUnit'),
        child('histogramDataBins', 'HistogramDataBins'),
      ],
    },
    { name: 'TimeUnit', properties: [body] },
    { name: 'HistogramDataBins', properties: [child('histogramData', 'HistogramData', true)] },
    { name: 'HistogramData', properties: [attr('probability'), child('distribution', 'Distribution')] },
    { name: 'Timetables', properties: [child('timetable', 'Timetable', true)] },
    { name: 'Timetable', properties: [attr('id'), attr('name'), attr('default'), child('rules', 'Rules')] },
    { name: 'Rules', properties: [child('rule', 'Rule', true)] },
    { name: 'Rule', properties: [attr('fromTime'), attr('toTime'), attr('fromWeekDay'), attr('toWeekDay')] },
    { name: 'Resources', properties: [child('resource', 'Resource', true)] },
    {
      name: 'Resource',
      properties: [attr('id'), attr('name'), attr('totalAmount'), attr('costPerHour'), attr('timetableId')],
    },
    { name: 'Elements', properties: [child('element', 'SimulationElement', true)] },
    {
      name: 'SimulationElement',
      properties: [
        attr('id'),
        attr('elementId'),
        attr('fixedCost'),
        child('durationDistribution', 'Distribution'),
        child('resourceIds', 'ResourceIds'),
      ],
    },
    { name: 'ResourceIds', properties: [child('resourceId', 'ResourceId', true)] },
    { name: 'ResourceId', properties: [body] },
    { name: 'SequenceFlows', properties: [child('sequenceFlow', 'SequenceFlow', true)] },
    { name: 'SequenceFlow', properties: [attr('elementId'), attr('executionProbability')] },
  ],
};

/**
 * Flowwright's namespace: `fw:model` (in the process's extensionElements) and `fw:properties` (on a flow node or
 * sequence flow) hold JSON of the map's settings and of per-element values that BPMN has no place for.
 */
export const flowwrightPackage = {
  name: 'Flowwright',
  prefix: 'fw',
  uri: flowwrightNamespace,
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    { name: 'Model', superClass: ['Element'], properties: [body] },
    { name: 'Properties', superClass: ['Element'], properties: [body] },
  ],
};
