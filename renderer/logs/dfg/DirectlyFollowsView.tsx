import { useMemo, useState } from 'react';
import { directlyFollows, simplifyGraph } from '../../../shared/log/directlyFollows';
import type { EventLog } from '../../../shared/log/eventLog';
import { filterLog, type LogFilter } from '../../../shared/log/logFilter';
import { count } from '../../simulation/format';
import { DfgControls } from './DfgControls';
import { DfgFilters } from './DfgFilters';
import { DfgMap } from './DfgMap';
import { effectiveFilter } from './filterChoices';
import type { DfgMeasure } from './dfgMeasure';
import { DiscoverMap } from './DiscoverMap';
import { useDfgLayout } from './useDfgLayout';
import './DirectlyFollows.css';

/** Sliders at first: every activity, and the more frequent half of the paths (the rest is usually rare noise). */
export const initialShares = { activities: 1, paths: 0.5 };

/**
 * The log's process map, Disco style: the directly-follows graph of the filtered log, simplified by the two
 * sliders, in the frequency or the performance view; and discovery of an editable map from the same cases.
 */
export function DirectlyFollowsView({ log, logName }: { log: EventLog; logName: string }) {
  const [filter, setFilter] = useState<LogFilter>({});
  const [shares, setShares] = useState(initialShares);
  const [measure, setMeasure] = useState<DfgMeasure>({ view: 'frequency' });
  const filtered = useMemo(() => filterLog(log, effectiveFilter(filter)), [log, filter]);
  const graph = useMemo(() => directlyFollows(filtered), [filtered]);
  const shown = useMemo(() => simplifyGraph(graph, shares), [graph, shares]);
  const { drawn, pending, error } = useDfgLayout(shown);
  return (
    <div className="dfg-view">
      <DfgControls
        graph={graph}
        shown={shown}
        shares={shares}
        onShares={setShares}
        measure={measure}
        onMeasure={setMeasure}
      />
      <DfgFilters log={log} filter={filter} onChange={setFilter} />
      <p className="dfg-status" role="status">
        {filtered.cases.length === log.cases.length
          ? `All ${count(log.cases.length)} cases.`
          : `${count(filtered.cases.length)} of ${count(log.cases.length)} cases match the filters.`}
        {pending && ' Drawing the map…'}
      </p>
      {error !== null && (
        <p className="dfg-error" role="alert">
          The map could not be drawn: {error}
        </p>
      )}
      {filtered.cases.length === 0 ? (
        <p className="dfg-empty">No case matches the filters: change or clear them to see a map.</p>
      ) : (
        drawn && <DfgMap graph={drawn.graph} layout={drawn.layout} measure={measure} />
      )}
      <DiscoverMap log={filtered} logName={logName} />
    </div>
  );
}
