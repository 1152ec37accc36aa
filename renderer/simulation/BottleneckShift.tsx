import { useMemo, useState } from 'react';
import type { ProcessModel } from '../../shared/model';
import { applyScenario, type SimulationReport } from '../../shared/sim';
import { resultsOverlay, svgOverlay } from '../../shared/io/report/overlay';
import type { SvgOverlay } from '../../shared/io/svg';
import { bottleneckShiftWords, topBottleneck } from './bottleneckShift';
import { elementLabeller } from './elementNames';
import { MapPicture } from './MapPicture';
import type { WhatIfComparison } from './protocol';
import './BottleneckShift.css';

/**
 * A run's results on its map, waiting share as heat, with the Bottleneck badge on its worst bottleneck only: the
 * one the words speak of, so that a move from one node to another is seen at a glance.
 */
function shiftOverlay(report: SimulationReport, model: ProcessModel): SvgOverlay {
  const overlay = resultsOverlay(report, model, 'waiting');
  const top = topBottleneck(report);
  const reason = top === null ? undefined : overlay.bottlenecks.get(top);
  const bottlenecks = new Map(top !== null && reason !== undefined ? [[top, reason]] : []);
  // A short caption: a small map is narrower than the export's full one, and the section explains the colours.
  return {
    ...svgOverlay({ ...overlay, bottlenecks }, 'waiting'),
    caption: 'Colour: waiting share, pale yellow low to red high.',
  };
}

/** The map of a scenario (the map with its overrides), or null when the scenario is gone or no longer applies. */
function scenarioMap(model: ProcessModel, scenario: string | null): ProcessModel | null {
  if (scenario === null) return null;
  try {
    return applyScenario(model, scenario);
  } catch {
    return null;
  }
}

function ScenarioShift({
  base,
  baseOverlay,
  run,
  model,
}: {
  base: SimulationReport;
  baseOverlay: SvgOverlay;
  run: WhatIfComparison['runs'][number];
  model: ProcessModel;
}) {
  const map = useMemo(() => scenarioMap(model, run.scenario), [model, run.scenario]);
  const overlay = useMemo(() => (map ? shiftOverlay(run.report, map) : undefined), [map, run.report]);
  const baseName = useMemo(() => elementLabeller(model), [model]);
  const scenarioName = useMemo(() => (map ? elementLabeller(map) : baseName), [map, baseName]);
  // Each bottleneck is named from its own map: a scenario may rename or add nodes.
  const name = (id: string) => (id === topBottleneck(base) ? baseName(id).name : scenarioName(id).name);
  return (
    <div className="sim-shift">
      <p className="sim-shift-words">{bottleneckShiftWords(base, run.report, run.label, name)}</p>
      <div className="sim-shift-maps">
        <MapPicture model={model} overlay={baseOverlay} title="Map as drawn" />
        {map ? (
          <MapPicture model={map} overlay={overlay} title={run.label} />
        ) : (
          <p className="sim-note">The scenario {run.label} is no longer in the map, so its map cannot be drawn.</p>
        )}
      </div>
    </div>
  );
}

/**
 * For each scenario of a what-if comparison: where the bottleneck goes, in words, and the map as drawn beside the
 * scenario's map, each with its results and its bottleneck marked.
 */
export function BottleneckShift({ comparison, model }: { comparison: WhatIfComparison; model: ProcessModel }) {
  const base = comparison.runs[0].report;
  const baseOverlay = useMemo(() => shiftOverlay(base, model), [base, model]);
  // Side by side the maps are small in the drawer: one above the other they take its whole width.
  const [larger, setLarger] = useState(false);
  return (
    <section className={`sim-section${larger ? ' sim-shift-larger' : ''}`} aria-labelledby="sim-shift-title">
      <div className="sim-shift-head">
        <h3 id="sim-shift-title">Bottleneck on the maps</h3>
        <button type="button" aria-pressed={larger} onClick={() => setLarger(!larger)}>
          {larger ? 'Side by side' : 'Larger maps'}
        </button>
      </div>
      {comparison.runs.slice(1).map((run, i) => (
        <ScenarioShift key={i} base={base} baseOverlay={baseOverlay} run={run} model={model} />
      ))}
      <p className="sim-note">
        Colour: waiting share of each task, from low (pale yellow) to high (red); the badge marks each map&apos;s worst
        bottleneck; numbers on flows: cases.
      </p>
    </section>
  );
}
