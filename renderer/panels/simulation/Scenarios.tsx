import { useState } from 'react';
import { addScenario, type ProcessModel } from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { ScenarioCard } from './ScenarioCard';
import './simulationSettings.css';
import './scenarios.css';

/** The map's what-if scenarios: each starts as the map as drawn and lists its changes; all edits undoable. */
export function Scenarios({ model }: { model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const [name, setName] = useState('');
  const add = () => {
    const chosen = name.trim() || `Scenario ${model.scenarios.length + 1}`;
    if (apply((m) => addScenario(m, { name: chosen }), { select: 'keep' })) setName('');
  };
  return (
    <>
      {model.scenarios.length === 0 && (
        <p className="fw-panel-note">
          No scenarios yet. A scenario is the map with a few changes (one more clerk, a faster task, more cases), to run
          in the Simulate drawer and compare with the map as drawn.
        </p>
      )}
      {model.scenarios.map((scenario) => (
        <ScenarioCard key={scenario.id} scenario={scenario} model={model} />
      ))}
      <div className="fw-pool-add">
        <input
          type="text"
          aria-label="New scenario name"
          placeholder="e.g. One more clerk"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button type="button" onClick={add}>
          Add scenario
        </button>
      </div>
    </>
  );
}
