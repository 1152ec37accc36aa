import { actions, dispatch } from '../actions/registry';
import { useActionEnabled } from '../actions/useAction';
import { AdvancedJsonHost } from './AdvancedJsonHost';
import { useAdvancedView } from './advancedViewStore';

/** Curly braces on the toolbar's 20x20 grid. */
const bracesPath =
  'M8 3 C5.5 3 6 5 6 7 C6 8.5 5 10 3.5 10 C5 10 6 11.5 6 13 C6 15 5.5 17 8 17 M12 3 C14.5 3 14 5 14 7 C14 8.5 15 10 16.5 10 C15 10 14 11.5 14 13 C14 15 14.5 17 12 17';

/** The toolbar button that opens the Advanced view (the map as JSON), and the view itself while open. */
export function EditJsonButton() {
  const enabled = useActionEnabled('editJson');
  const open = useAdvancedView((s) => s.open);
  return (
    <>
      <button
        type="button"
        className="fw-tool"
        aria-label={actions.editJson.label}
        title={actions.editJson.label}
        disabled={!enabled}
        aria-pressed={open}
        onClick={() => dispatch('editJson')}
      >
        <svg className="fw-toolbar-icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
          <path d={bracesPath} />
        </svg>
      </button>
      <AdvancedJsonHost />
    </>
  );
}
