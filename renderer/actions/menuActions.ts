import { actions, dispatch, type ActionName } from './registry';

/** Runs an action chosen in the desktop menu; names the registry does not know are ignored. */
export function dispatchMenuAction(name: string): boolean {
  if (!Object.hasOwn(actions, name)) return false;
  // Menu actions take no arguments (insertElement, which needs one, is not in the menu).
  return (dispatch as (n: ActionName) => boolean)(name as ActionName);
}
