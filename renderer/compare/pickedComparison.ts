import type { RunData } from '../simulation/protocol';
import { mapRevision } from '../simulation/mapRevision';
import type { MapComparisonRequest } from '../simulation/resultsStore';
import type { SimulationService } from '../simulation/simulationService';
import type { Workspace } from '../workspace/workspace';
import { loadPick, type MapPick, type OpenMap } from './mapPick';

/** A comparison as the dialog asks for it: what `open` will be is worked out when it starts. */
export type PickedComparison = Omit<MapComparisonRequest, 'open'>;

/** Whether a pick is the open map as it is now, whose edits can make the comparison out of date. */
const isOpenNow = (pick: MapPick, open: OpenMap) =>
  pick.revisionId === null && open.model !== null && pick.processId === open.processId;

/**
 * Loads both picked maps (the open map as it is now from the editor, with its unsaved edits) and starts their
 * comparison with the request kept beside it, so that it can be marked out of date and run again. `records` are the
 * open map's sample records, used when the request asks for them. Throws in words when a map cannot be read.
 */
export async function startPickedComparison(
  service: Pick<SimulationService, 'compareMaps'>,
  workspace: Pick<Workspace, 'stored'>,
  open: OpenMap,
  request: PickedComparison,
  records: RunData | undefined,
): Promise<void> {
  // The save points are listed only to name the one picked ("save point of 5 Jan, 12:00").
  const load = async (pick: MapPick) =>
    loadPick(
      workspace,
      pick,
      open,
      pick.revisionId === null ? [] : await workspace.stored.listRevisions(pick.processId),
    );
  const [current, future] = await Promise.all([load(request.current), load(request.future)]);
  const data = request.records ? records : undefined;
  const settings = { ...request.settings, recordOrder: data ? (request.settings.recordOrder ?? 'auto') : null };
  const live = isOpenNow(request.current, open) || isOpenNow(request.future, open);
  const kept: MapComparisonRequest = {
    ...request,
    settings,
    records: data !== undefined,
    open: live ? { processId: open.processId!, revision: mapRevision(open.model!) } : null,
  };
  service.compareMaps(current, future, settings, data, kept);
}
