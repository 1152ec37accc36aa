import { useId, useState } from 'react';
import type { ProcessModel } from '../../shared/model';

interface CompareChoiceProps {
  model: ProcessModel;
  /** The replications the form holds now (NaN while not a number). */
  replications: number;
  disabled: boolean;
  onCompare(scenarios: string[]): void;
}

/** The map's scenarios to compare with the map as drawn (at least one), and Compare. */
export function CompareChoice({ model, replications, disabled, onCompare }: CompareChoiceProps) {
  const id = useId();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  // Scenarios deleted since they were ticked drop out.
  const ticked = model.scenarios.filter((s) => chosen.includes(s.id)).map((s) => s.id);
  if (model.scenarios.length === 0)
    return (
      <p className="sim-note sim-field-wide">
        To compare, add a scenario in the map&apos;s properties: it is then run against the map as drawn.
      </p>
    );
  const toggle = (scenario: string, on: boolean) =>
    setChosen(on ? [...ticked, scenario] : ticked.filter((s) => s !== scenario));
  return (
    <fieldset className="sim-compare-choice sim-field-wide" aria-describedby={`${id}-hint`}>
      <legend>Compare with the map as drawn</legend>
      {model.scenarios.map((s) => (
        <label key={s.id} className="sim-compare-option">
          <input
            type="checkbox"
            checked={ticked.includes(s.id)}
            disabled={disabled}
            onChange={(e) => toggle(s.id, e.target.checked)}
          />
          {s.name.trim() || s.id}
        </label>
      ))}
      <p id={`${id}-hint`} className="sim-note">
        {replications === 1
          ? 'With 1 replication a comparison cannot tell real differences from noise: use 2 or more.'
          : 'Same cases, seed and random numbers for every run; real differences are marked.'}
      </p>
      <button type="button" disabled={disabled || ticked.length === 0} onClick={() => onCompare(ticked)}>
        Compare
      </button>
    </fieldset>
  );
}
