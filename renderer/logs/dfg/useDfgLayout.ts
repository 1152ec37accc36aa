import { useEffect, useState } from 'react';
import type { DirectlyFollowsGraph } from '../../../shared/log/directlyFollows';
import { layoutDfg, type DfgLayout } from './dfgLayout';

type Result = { graph: DirectlyFollowsGraph } & ({ layout: DfgLayout } | { error: string });

export interface LayoutState {
  /** The last graph laid out, with its layout: drawn until the next one is ready, so values never mismatch boxes. */
  drawn: { graph: DirectlyFollowsGraph; layout: DfgLayout } | null;
  /** Whether the graph asked for is still being laid out. */
  pending: boolean;
  /** Why the graph asked for could not be laid out. */
  error: string | null;
}

/** The graph's layout, computed off the render (ELK is asynchronous). */
export function useDfgLayout(graph: DirectlyFollowsGraph): LayoutState {
  const [result, setResult] = useState<Result | null>(null);
  const [drawn, setDrawn] = useState<LayoutState['drawn']>(null);
  useEffect(() => {
    let current = true;
    layoutDfg(graph).then(
      (layout) => {
        if (!current) return;
        setResult({ graph, layout });
        setDrawn({ graph, layout });
      },
      (error: unknown) =>
        current && setResult({ graph, error: error instanceof Error ? error.message : String(error) }),
    );
    // A slider moved again before this layout finished: its result is stale.
    return () => {
      current = false;
    };
  }, [graph]);
  const settled = result?.graph === graph;
  return {
    drawn: settled && 'error' in result ? null : drawn,
    pending: !settled,
    error: settled && 'error' in result ? result.error : null,
  };
}
