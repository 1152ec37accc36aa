import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useEditor } from '../store/editorStore';
import type { ExpressionProblem } from './expressionBinding';
import type { ExpressionScope } from './feelAssist';
import './monaco.css';

const loadField = () => import('./MonacoExpressionField');
const MonacoExpressionField = lazy(loadField);

/**
 * Loads the FEEL editor (Monaco) while the window is idle, so that selecting the first task does not wait for it
 * (about a second on a slow machine). Loading twice costs nothing: the import is shared with the field's.
 */
export function preloadExpressionEditor(): void {
  const load = () => void loadField().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 2000);
}

const noFields: ExpressionScope['fields'] = [];

/**
 * A labelled FEEL expression field in Monaco: highlighting, completion of the map's fields and FEEL functions,
 * hover with a field's type, and live problems shown as markers and in words below. Enter or leaving the field
 * commits (one undo entry), Escape reverts. Give it a `key` per element, so that a new selection starts afresh.
 */
export function ExpressionEditor({
  label,
  value,
  onCommit,
  placeholder,
  hint,
  locals,
}: {
  label: string;
  value: string;
  onCommit(value: string): void;
  placeholder?: string;
  hint?: string;
  /** Names the context adds beside the map's fields, e.g. `base` in a duration expression. */
  locals?: ExpressionScope['locals'];
}) {
  const id = useId();
  const fields = useEditor((s) => s.model?.data.fields ?? noFields);
  const scope = useMemo(() => ({ fields, locals }), [fields, locals]);
  const [problem, setProblem] = useState<ExpressionProblem | null>(null);
  const fallback = (
    <div className="fw-expression-loading" aria-hidden="true">
      {value || placeholder}
    </div>
  );
  return (
    <div className="fw-field fw-expression-field">
      <span className="fw-field-label" id={`${id}-label`}>
        {label}
      </span>
      <Suspense fallback={fallback}>
        <MonacoExpressionField
          path={`feel/${id.replace(/[^\w-]/g, '')}.feel`}
          label={label}
          value={value}
          placeholder={placeholder}
          scope={scope}
          onCommit={onCommit}
          onProblem={setProblem}
        />
      </Suspense>
      {problem && (
        <p className={`fw-expression-problem fw-expression-${problem.severity}`} role="status">
          {problem.message}
        </p>
      )}
      {hint && <p className="fw-field-hint">{hint}</p>}
    </div>
  );
}
