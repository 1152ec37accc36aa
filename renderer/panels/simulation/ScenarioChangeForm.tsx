import { useId, useState } from 'react';
import { setScenarioOverride, type ProcessModel } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { SelectField } from '../fields';
import { changeKinds, type ChangeKind } from './scenarioChangeKinds';

interface Draft {
  kind: ChangeKind;
  target: string;
  value: string;
}

function draftFor(model: ProcessModel, kind: ChangeKind, target = kind.targets(model)[0]?.value ?? ''): Draft {
  return { kind, target, value: kind.initial(model, target) };
}

/** Adds one change to a scenario by form: what to change, on which element, and the new value. */
export function ScenarioChangeForm({ model, scenarioId }: { model: ProcessModel; scenarioId: string }) {
  const apply = useEditor((s) => s.apply);
  const id = useId();
  // Only kinds with something to change are offered: no pools, no pool changes.
  const kinds = changeKinds.filter((k) => k.targets(model).length > 0);
  const [draft, setDraft] = useState<Draft>(() => draftFor(model, kinds[0]));
  const targets = draft.kind.targets(model);
  const override = draft.kind.build(model, draft.target, draft.value);
  const add = () => {
    const edit = apply(
      (m) => {
        const change = draft.kind.build(m, draft.target, draft.value);
        return change && setScenarioOverride(m, { id: scenarioId, override: change });
      },
      { select: 'keep' },
    );
    if (edit) setDraft(draftFor(model, draft.kind, draft.target));
  };
  return (
    <div className="fw-scenario-form" role="group" aria-label="Add a change">
      <SelectField
        label="Change"
        value={draft.kind.id}
        choices={kinds.map((k) => ({ value: k.id, label: k.label }))}
        onChange={(v) => setDraft(draftFor(model, kinds.find((k) => k.id === v) ?? kinds[0]))}
      />
      {draft.kind.targetLabel && (
        <SelectField
          label={draft.kind.targetLabel}
          value={draft.target}
          choices={targets}
          onChange={(target) => setDraft(draftFor(model, draft.kind, target))}
        />
      )}
      {draft.kind.valueChoices ? (
        <SelectField
          label={draft.kind.valueLabel}
          value={draft.value}
          choices={draft.kind.valueChoices(model)}
          onChange={(value) => setDraft({ ...draft, value })}
        />
      ) : (
        <div className="fw-field">
          <label htmlFor={`${id}-value`}>{draft.kind.valueLabel}</label>
          <input
            id={`${id}-value`}
            type="number"
            step="any"
            value={draft.value}
            aria-invalid={override === null}
            onChange={(e) => setDraft({ ...draft, value: e.target.value })}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        </div>
      )}
      <button type="button" disabled={override === null} onClick={add}>
        Add change
      </button>
    </div>
  );
}
