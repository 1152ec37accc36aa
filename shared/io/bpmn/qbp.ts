import type { Calendar, Distribution, NodeSim, ProcessModelInput, Resource } from '../../model';
import type { ImportReport } from './importReport';
import { many, one, text, type ModdleElement } from './moddleElement';

/** What a BIMP/QBP block says, in the map's terms. */
export interface QbpReading {
  simulation: NonNullable<ProcessModelInput['simulation']>;
  currency?: string;
  nodeSim: Map<string, NodeSim>;
  flowProbability: Map<string, number>;
}

const num = (element: ModdleElement | undefined, property: string): number => Number(text(element, property) ?? 0);

/** QBP distributions store every value in seconds; the time unit only says how BIMP displays them. */
function readDistribution(
  element: ModdleElement | undefined,
  where: string,
  report: ImportReport,
): Distribution | undefined {
  if (!element) return undefined;
  const type = (text(element, 'type') ?? '').toUpperCase();
  const [mean, arg1, arg2] = [num(element, 'mean'), num(element, 'arg1'), num(element, 'arg2')];
  switch (type) {
    case 'FIXED':
      return { type: 'fixed', value: mean };
    case 'NORMAL':
      return { type: 'normal', mean, sd: arg1 };
    case 'EXPONENTIAL':
      return { type: 'exponential', mean: arg1 || mean };
    case 'UNIFORM':
      return { type: 'uniform', min: arg1, max: arg2 };
    case 'TRIANGULAR':
      return { type: 'triangular', min: arg1, mode: mean, max: arg2 };
    // BIMP gives log-normal and gamma as mean and variance.
    case 'LOGNORMAL':
      return { type: 'lognormal', mean, sd: Math.sqrt(arg1) };
    case 'GAMMA':
      return { type: 'gamma', mean, sd: Math.sqrt(arg1) };
  }
  report.add(
    'FW_IMPORT_SIMULATION',
    `${where}: the ${type || 'unnamed'} distribution has no Flowwright equivalent and was left out`,
  );
  return undefined;
}

const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** `09:00:00.000+00:00` → `09:00` and its offset; `23:59:59.999` rounds up to `24:00`. */
function clock(value: string | undefined): { hhmm: string; offset: string } {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value ?? '');
  if (!match) return { hhmm: '00:00', offset: 'Z' };
  let minutes = Number(match[1]) * 60 + Number(match[2]) + (Number(match[3] ?? 0) >= 59 ? 1 : 0);
  minutes = Math.min(minutes, 24 * 60);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { hhmm, offset: match[4] ?? 'Z' };
}

/** An IANA zone for a whole-hour UTC offset (`+02:00` → `Etc/GMT-2`, whose sign POSIX inverts). */
function zoneOf(offset: string): string | undefined {
  if (offset === 'Z' || /^[+-]00:00$/.test(offset)) return 'UTC';
  const match = /^([+-])(\d{2}):00$/.exec(offset);
  return match ? `Etc/GMT${match[1] === '+' ? '-' : '+'}${Number(match[2])}` : undefined;
}

function readTimetable(timetable: ModdleElement, report: ImportReport): Calendar {
  const id = text(timetable, 'id') ?? 'timetable';
  let timezone = 'UTC';
  const weekly = many(one(timetable, 'rules'), 'rule').map((rule) => {
    const from = clock(text(rule, 'fromTime'));
    const to = clock(text(rule, 'toTime'));
    const zone = zoneOf(from.offset);
    if (zone) timezone = zone;
    else report.add('FW_IMPORT_SIMULATION', `timetable ${id}: offset ${from.offset} is not a whole hour; read as UTC`);
    const first = Math.max(0, weekdays.indexOf((text(rule, 'fromWeekDay') ?? 'MONDAY').toUpperCase()));
    const last = Math.max(0, weekdays.indexOf((text(rule, 'toWeekDay') ?? 'SUNDAY').toUpperCase()));
    const days = Array.from(
      { length: ((last - first + 7) % 7) + 1 },
      (_, i) => weekdays[(first + i) % 7].slice(0, 3) as Calendar['weekly'][number]['days'][number],
    );
    return { days, from: from.hhmm, to: to.hhmm };
  });
  const name = text(timetable, 'name');
  return { id, ...(name ? { name } : {}), timezone, weekly };
}

/** Reads a BIMP/QBP `processSimulationInfo` block into simulation settings, node durations and flow probabilities. */
export function readQbp(info: ModdleElement, report: ImportReport): QbpReading {
  const calendars = many(one(info, 'timetables'), 'timetable').map((t) => readTimetable(t, report));
  const calendarIds = new Set(calendars.map((c) => c.id));
  const resources: Resource[] = many(one(info, 'resources'), 'resource').map((r) => {
    const calendar = text(r, 'timetableId');
    return {
      id: text(r, 'id') ?? text(r, 'name') ?? 'resource',
      name: text(r, 'name') ?? '',
      capacity: Math.max(0, Math.round(num(r, 'totalAmount'))),
      costPerHour: num(r, 'costPerHour'),
      ...(calendar && calendarIds.has(calendar) ? { calendar } : {}),
    };
  });
  const simulation: QbpReading['simulation'] = { resources, calendars };
  const interarrival = readDistribution(one(info, 'arrivalRateDistribution'), 'arrivals', report);
  if (interarrival) simulation.arrivals = { interarrival };
  const cases = Math.round(num(info, 'processInstances'));
  if (cases >= 1) simulation.cases = cases;
  const start = text(info, 'startDateTime');
  if (start && !Number.isNaN(Date.parse(start))) simulation.startAt = new Date(Date.parse(start)).toISOString();

  const nodeSim = new Map<string, NodeSim>();
  for (const element of many(one(info, 'elements'), 'element')) {
    const elementId = text(element, 'elementId');
    if (!elementId) continue;
    const sim: NodeSim = {};
    const duration = readDistribution(one(element, 'durationDistribution'), `element ${elementId}`, report);
    if (duration) sim.duration = duration;
    const resourceIds = many(one(element, 'resourceIds'), 'resourceId')
      .map((r) => text(r, 'value')?.trim())
      .filter((r) => r !== undefined);
    if (resourceIds.length) sim.resource = resourceIds[0];
    if (resourceIds.length > 1)
      report.add(
        'FW_IMPORT_SIMULATION',
        `element ${elementId} may use ${resourceIds.length} resources; Flowwright uses the first, ${resourceIds[0]}`,
        elementId,
      );
    const fixedCost = num(element, 'fixedCost');
    if (fixedCost > 0) sim.fixedCost = fixedCost;
    nodeSim.set(elementId, sim);
  }
  const flowProbability = new Map<string, number>();
  for (const flow of many(one(info, 'sequenceFlows'), 'sequenceFlow')) {
    const elementId = text(flow, 'elementId');
    const probability = num(flow, 'executionProbability');
    if (elementId && probability >= 0 && probability <= 1) flowProbability.set(elementId, probability);
  }
  return { simulation, currency: text(info, 'currency'), nodeSim, flowProbability };
}
