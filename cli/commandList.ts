import type { Command } from './command';

/** A sub-command by name, with what `flowwright --help` says of it; its code loads only when it is used. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/**
 * Every sub-command. Each loads its own code on demand, so that `flowwright --help` (and every start) reads none
 * of the engine, the BPMN tooling or the schemas.
 */
export const commandList: CommandEntry[] = [
  {
    name: 'validate',
    summary: 'check a process map for modelling errors and warnings',
    load: async () => (await import('./commands/validate')).validateCommand,
  },
  {
    name: 'simulate',
    summary: 'run the map forward in time and report where work waits',
    load: async () => (await import('./commands/simulate')).simulateCommand,
  },
  {
    name: 'compare',
    summary: 'run the map against its scenarios, or two maps, and say which differences are real',
    load: async () => (await import('./commands/compare')).compareCommand,
  },
  {
    name: 'import',
    summary: 'import a BPMN 2.0 file as a process map, or discover one from an event log (XES, CSV)',
    load: async () => (await import('./commands/import')).importCommand,
  },
  {
    name: 'conformance',
    summary: 'replay an event log on a map: how well it fits, and where they differ',
    load: async () => (await import('./commands/conformance')).conformanceCommand,
  },
  {
    name: 'calibrate',
    summary: 'fit arrivals, durations, branch shares and pools from an event log, and score the result',
    load: async () => (await import('./commands/calibrate')).calibrateCommand,
  },
  {
    name: 'export',
    summary:
      'export a process map as BPMN, Camunda 8 BPMN, a Step Functions state machine, a picture or a simulated log',
    load: async () => (await import('./commands/export')).exportCommand,
  },
];
