import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A text field that commits on blur or Enter (Ctrl/Cmd+Enter in a multi-line field) and reverts on Escape, so
 * that one edit is one undo entry rather than one per keystroke. Give it a `key` per element, so that a new
 * selection starts a fresh draft.
 */
export function TextField({
  label,
  value,
  onCommit,
  multiline = false,
  placeholder,
  hint,
  focusRequest,
}: {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  /** Changing this number moves the focus into the field (and selects its text). */
  focusRequest?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const firstRequest = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === undefined || focusRequest === firstRequest.current) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  const shown = draft ?? value;
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(null);
      event.currentTarget.blur();
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    ref: input,
    value: shown,
    placeholder,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="fw-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p className="fw-field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A number field committing on blur or Enter; text that is not a number reverts to the stored value. */
export function NumberField({
  label,
  value,
  onCommit,
  min,
  step,
  suffix,
}: {
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  min?: number;
  step?: number;
  suffix?: ReactNode;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const stored = value === undefined ? '' : String(Number(value.toFixed(6)));
  const commit = () => {
    if (draft !== null && draft !== stored) {
      const parsed = draft.trim() === '' ? undefined : Number(draft);
      if (parsed === undefined || Number.isFinite(parsed)) onCommit(parsed);
    }
    setDraft(null);
  };
  return (
    <div className="fw-field">
      <label htmlFor={id}>{label}</label>
      <div className="fw-field-row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          step={step ?? 'any'}
          value={draft ?? stored}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
        {suffix}
      </div>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A labelled select that commits on change. */
export function SelectField({
  label,
  ariaLabel,
  value,
  choices,
  onChange,
  disabled,
}: {
  label: string;
  /** A fuller accessible name where the visible label leans on its neighbours ("Unit"). */
  ariaLabel?: string;
  value: string;
  choices: readonly Choice[];
  onChange(value: string): void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="fw-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-label={ariaLabel}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled checkbox that commits on change. */
export function CheckboxField({
  label,
  checked,
  onChange,
  disabled,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="fw-field fw-field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && <p className="fw-field-hint">{hint}</p>}
    </div>
  );
}

/** A titled group of fields in the properties panel. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="fw-field-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
