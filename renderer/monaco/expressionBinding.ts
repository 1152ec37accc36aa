import type * as MonacoApi from 'monaco-editor/editor';
import type { ExpressionScope } from './feelAssist';
import { attachScope, updateFeelMarkers } from './feelProviders';

type Monaco = typeof MonacoApi;

/** What an expression field says about its text: the first problem, or null when there is none. */
export interface ExpressionProblem {
  severity: 'error' | 'warning';
  message: string;
}

export interface ExpressionBindingOptions {
  value: string;
  scope(): ExpressionScope;
  onCommit(value: string): void;
  onProblem(problem: ExpressionProblem | null): void;
  /** The container whose height follows the text, from one line up to `maxLines`. */
  container: HTMLElement;
  maxLines: number;
}

export interface ExpressionBinding {
  /** The stored value changed (undo, another panel): shown unless the user is editing. */
  update(value: string): void;
  /** Re-checks the text, e.g. when the map's fields changed. */
  recheck(): void;
  dispose(): void;
}

/** Options that make Monaco look like a one-line text field that grows with its text. */
export const expressionEditorOptions: MonacoApi.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  lineNumbers: 'off',
  glyphMargin: false,
  folding: false,
  lineDecorationsWidth: 4,
  lineNumbersMinChars: 0,
  scrollBeyondLastLine: false,
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  renderLineHighlight: 'none',
  wordWrap: 'on',
  scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
  fontSize: 13,
  lineHeight: 20,
  padding: { top: 3, bottom: 3 },
  fixedOverflowWidgets: true,
  contextmenu: false,
  automaticLayout: true,
  wordBasedSuggestions: 'off',
  quickSuggestions: { other: true, comments: false, strings: false },
  suggest: { showWords: false, showIcons: true },
  tabFocusMode: true,
  // A textarea (not EditContext) receives the keys, so the editor's shortcuts know that the user is typing.
  editContext: false,
  stickyScroll: { enabled: false },
  links: false,
};

/**
 * Binds a mounted Monaco editor to an expression property: Enter and leaving the field commit (one undo entry),
 * Escape reverts, markers and the problem line follow the text, and the field grows up to `maxLines`.
 */
export function bindExpressionEditor(
  monaco: Monaco,
  editor: MonacoApi.editor.IStandaloneCodeEditor,
  options: ExpressionBindingOptions,
): ExpressionBinding {
  const model = editor.getModel();
  if (!model) throw new Error('the expression editor has no text model');
  let committed = options.value;
  const detach = attachScope(model, options.scope);

  const check = () => {
    const markers = updateFeelMarkers(monaco, model);
    const first = markers.find((m) => m.severity === monaco.MarkerSeverity.Error) ?? markers[0];
    options.onProblem(
      first
        ? { severity: first.severity === monaco.MarkerSeverity.Error ? 'error' : 'warning', message: first.message }
        : null,
    );
  };
  const commit = () => {
    const value = model.getValue();
    if (value === committed) return;
    committed = value;
    options.onCommit(value);
  };
  const revert = () => {
    if (model.getValue() !== committed) model.setValue(committed);
    (document.activeElement as HTMLElement | null)?.blur();
  };
  const fitHeight = () => {
    const lineHeight = editor.getOption(monaco.editor.EditorOption.lineHeight);
    const padding = 6;
    const height = Math.min(editor.getContentHeight(), options.maxLines * lineHeight + padding);
    options.container.style.height = `${Math.max(height, lineHeight + padding)}px`;
  };

  // While the suggestion list is open, Enter and Escape belong to it.
  editor.addCommand(monaco.KeyCode.Enter, commit, '!suggestWidgetVisible');
  editor.addCommand(monaco.KeyCode.Escape, revert, '!suggestWidgetVisible');
  const subscriptions = [
    editor.onDidBlurEditorWidget(commit),
    editor.onDidChangeModelContent(check),
    editor.onDidContentSizeChange(fitHeight),
  ];
  check();
  fitHeight();

  return {
    update(value) {
      if (value === committed) return;
      committed = value;
      if (!editor.hasWidgetFocus() || model.getValue() === value) model.setValue(value);
    },
    recheck: check,
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      detach();
      monaco.editor.setModelMarkers(model, 'feel', []);
    },
  };
}
