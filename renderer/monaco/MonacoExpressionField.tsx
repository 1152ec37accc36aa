import { Editor } from '@monaco-editor/react';
import { useEffect, useMemo, useRef } from 'react';
import { monaco } from './monacoSetup';
import {
  bindExpressionEditor,
  expressionEditorOptions,
  type ExpressionBinding,
  type ExpressionProblem,
} from './expressionBinding';
import type { ExpressionScope } from './feelAssist';
import { feelLanguageId } from './feelLanguage';

export interface MonacoExpressionFieldProps {
  /** A unique path for the text model, so that each field has its own markers and scope. */
  path: string;
  label: string;
  value: string;
  placeholder?: string;
  scope: ExpressionScope;
  onCommit(value: string): void;
  onProblem(problem: ExpressionProblem | null): void;
}

/** The Monaco half of ExpressionEditor, loaded on first use so that the canvas never waits for Monaco. */
export default function MonacoExpressionField(props: MonacoExpressionFieldProps) {
  const container = useRef<HTMLDivElement>(null);
  const binding = useRef<ExpressionBinding | null>(null);
  // The binding reads the latest props through this ref rather than being rebuilt on every render.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useEffect(() => binding.current?.update(props.value), [props.value]);
  useEffect(() => binding.current?.recheck(), [props.scope]);
  useEffect(() => () => binding.current?.dispose(), []);
  // One options object while label and placeholder stay: a new one makes Monaco re-apply every option.
  const options = useMemo(
    () => ({ ...expressionEditorOptions, ariaLabel: props.label, placeholder: props.placeholder }),
    [props.label, props.placeholder],
  );
  return (
    <div ref={container} className="fw-expression-monaco">
      <Editor
        path={props.path}
        language={feelLanguageId}
        defaultValue={props.value}
        height="100%"
        loading={null}
        options={options}
        onMount={(editor) => {
          if (!container.current) return;
          binding.current = bindExpressionEditor(monaco, editor, {
            value: props.value,
            scope: () => latest.current.scope,
            onCommit: (value) => latest.current.onCommit(value),
            onProblem: (problem) => latest.current.onProblem(problem),
            container: container.current,
            maxLines: 3,
          });
        }}
      />
    </div>
  );
}
