import { redoLabel, undoLabel } from '../../shared/model';
import type { Action } from '../actions/action';
import { actions, dispatch, type ActionName } from '../actions/registry';
import { shortcutText } from '../actions/shortcuts';
import { useActionEnabled } from '../actions/useAction';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';
import { EditJsonButton } from '../monaco/EditJsonButton';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon';

type ToolName = Exclude<ActionName, 'insertElement' | 'escape' | 'copy' | 'paste' | 'selectAll' | 'editJson'>;

/** The tooltip: the action, what it would do now, and its shortcut. */
function useTitle(name: ToolName): string {
  const action = actions[name] as Action<unknown>;
  const detail = useEditor((s) =>
    name === 'undo' ? undoLabel(s.history) : name === 'redo' ? redoLabel(s.history) : undefined,
  );
  const shortcut = action.shortcuts[0] ? ` (${shortcutText(action.shortcuts[0])})` : '';
  return `${action.label}${detail ? ` ${detail}` : ''}${shortcut}`;
}

interface ToolButtonProps {
  name: ToolName;
  icon?: ToolbarIconName;
  pressed?: boolean;
}

function ToolButton({ name, icon, pressed }: ToolButtonProps) {
  const enabled = useActionEnabled(name);
  const title = useTitle(name);
  return (
    <button
      type="button"
      className="fw-tool"
      aria-label={actions[name].label}
      title={title}
      disabled={!enabled}
      aria-pressed={pressed}
      onClick={() => dispatch(name)}
    >
      {icon && <ToolbarIcon name={icon} />}
    </button>
  );
}

/** The editor's toolbar: history, editing, arrangement, view and help, each button named for assistive tech. */
export function Toolbar() {
  const snapToGrid = useEditorUi((ui) => ui.snapToGrid);
  const problemsOpen = useEditorUi((ui) => ui.problemsOpen);
  const paletteOpen = useEditorUi((ui) => !ui.layout.panels.palette.collapsed);
  const propertiesOpen = useEditorUi((ui) => !ui.layout.panels.properties.collapsed);
  const minimap = useEditorUi((ui) => ui.layout.minimap);
  const notice = useEditor((s) => s.notice);
  return (
    <div className="fw-toolbar" role="toolbar" aria-label="Editor tools">
      <div className="fw-tool-group">
        <ToolButton name="undo" icon="undo" />
        <ToolButton name="redo" icon="redo" />
      </div>
      <div className="fw-tool-group">
        <ToolButton name="delete" icon="delete" />
        <ToolButton name="duplicate" icon="duplicate" />
        <ToolButton name="autoLayout" icon="autoLayout" />
      </div>
      <div className="fw-tool-group">
        <ToolButton name="zoomOut" icon="zoomOut" />
        <ToolButton name="zoomIn" icon="zoomIn" />
        <ToolButton name="fitView" icon="fitView" />
        <ToolButton name="toggleSnap" icon="snap" pressed={snapToGrid} />
      </div>
      <div className="fw-tool-group" role="group" aria-label="Panels">
        <ToolButton name="togglePalette" icon="palette" pressed={paletteOpen} />
        <ToolButton name="toggleProperties" icon="properties" pressed={propertiesOpen} />
        <ToolButton name="toggleProblems" icon="problems" pressed={problemsOpen} />
        <ToolButton name="toggleMinimap" icon="minimap" pressed={minimap} />
        <ToolButton name="toggleReadingMode" icon="reading" />
      </div>
      <div className="fw-tool-group">
        <ToolButton name="search" icon="search" />
        <EditJsonButton />
        <ToolButton name="help" icon="help" />
      </div>
      <div className="fw-toolbar-status" role="status">
        {notice}
      </div>
    </div>
  );
}
