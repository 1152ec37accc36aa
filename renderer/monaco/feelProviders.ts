import type * as MonacoApi from 'monaco-editor/editor';
import { feelCompletions, feelHover, feelMarkers, type ExpressionScope, type FeelSuggestion } from './feelAssist';
import { feelLanguageId } from './feelLanguage';

type Monaco = typeof MonacoApi;
type TextModel = MonacoApi.editor.ITextModel;

/** The scope each expression editor's text model completes and checks against, by model URI. */
const scopes = new Map<string, () => ExpressionScope>();

/** Ties a text model to the scope its completion, hover and markers use; returns the undo of it. */
export function attachScope(model: TextModel, scope: () => ExpressionScope): () => void {
  const key = model.uri.toString();
  scopes.set(key, scope);
  return () => {
    scopes.delete(key);
  };
}

const scopeOf = (model: TextModel): ExpressionScope => scopes.get(model.uri.toString())?.() ?? { fields: [] };

function rangeOf(monaco: Monaco, model: TextModel, from: number, to: number): MonacoApi.Range {
  const start = model.getPositionAt(from);
  const end = model.getPositionAt(to);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

function kindOf(monaco: Monaco, kind: FeelSuggestion['kind']): MonacoApi.languages.CompletionItemKind {
  const kinds = monaco.languages.CompletionItemKind;
  return { field: kinds.Field, local: kinds.Variable, function: kinds.Function, keyword: kinds.Keyword }[kind];
}

/** Fields before functions before keywords in the list. */
const order: Record<FeelSuggestion['kind'], string> = { field: '0', local: '1', function: '2', keyword: '3' };

/** Registers FEEL completion and hover once for every expression editor. */
export function registerFeelProviders(monaco: Monaco): void {
  monaco.languages.registerCompletionItemProvider(feelLanguageId, {
    triggerCharacters: [' ', '('],
    provideCompletionItems(model, position) {
      const offset = model.getOffsetAt(position);
      const suggestions = feelCompletions(scopeOf(model), model.getValue(), offset).map((s) => ({
        label: s.label,
        kind: kindOf(monaco, s.kind),
        detail: s.detail,
        documentation: s.documentation,
        insertText: s.insertText,
        sortText: `${order[s.kind]}${s.label}`,
        range: rangeOf(monaco, model, s.from, s.to),
      }));
      return { suggestions };
    },
  });
  monaco.languages.registerHoverProvider(feelLanguageId, {
    provideHover(model, position) {
      const hover = feelHover(scopeOf(model), model.getValue(), model.getOffsetAt(position));
      if (!hover) return null;
      return {
        range: rangeOf(monaco, model, hover.from, hover.to),
        contents: hover.contents.map((value) => ({ value })),
      };
    },
  });
}

/** Checks the text and shows its problems as markers; returns them so the field can also say them in words. */
export function updateFeelMarkers(monaco: Monaco, model: TextModel): MonacoApi.editor.IMarkerData[] {
  const markers = feelMarkers(scopeOf(model), model.getValue()).map((m) => {
    const range = rangeOf(monaco, model, m.from, Math.min(m.to, model.getValueLength()));
    return {
      severity: m.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: m.message,
      startLineNumber: range.startLineNumber,
      startColumn: range.startColumn,
      endLineNumber: range.endLineNumber,
      endColumn: Math.max(range.endColumn, range.startColumn + 1),
    };
  });
  monaco.editor.setModelMarkers(model, feelLanguageId, markers);
  return markers;
}
