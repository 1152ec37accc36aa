import { actions, dispatch } from '../actions/registry';
import { shortcutText } from '../actions/shortcuts';
import { ToolbarIcon } from './ToolbarIcon';

/** In reading mode, the one control left over the map: the way back to the panels. */
export function ReadingBar() {
  const keys = [...actions.toggleReadingMode.shortcuts, ...actions.escape.shortcuts].map(shortcutText).join(' or ');
  return (
    <div className="fw-reading-bar" role="toolbar" aria-label="Reading mode">
      <button type="button" title={`Show the panels again (${keys})`} onClick={() => dispatch('toggleReadingMode')}>
        <ToolbarIcon name="leave" />
        Leave reading mode
      </button>
    </div>
  );
}
