import {
  deleteScenario,
  describeOverride,
  duplicateScenario,
  removeScenarioOverride,
  renameScenario,
  type ProcessModel,
  type Scenario,
} from '../../../shared/model';
import { useEditor } from '../../store/editorStore';
import { TextField } from '../fields';
import { ScenarioChangeForm } from './ScenarioChangeForm';

/** One scenario: its name, its changes in words (each removable), a form for more, duplicate and delete. */
export function ScenarioCard({ scenario, model }: { scenario: Scenario; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const keep = { select: 'keep' } as const;
  const title = scenario.name.trim() || scenario.id;
  return (
    <section className="fw-pool fw-scenario" aria-label={`Scenario ${title}`}>
      <TextField
        key={`name-${scenario.id}`}
        label="Scenario name"
        value={scenario.name}
        onCommit={(name) => apply((m) => renameScenario(m, { id: scenario.id, name }), keep)}
      />
      {scenario.overrides.length === 0 ? (
        <p className="fw-panel-note">No changes yet: this scenario runs the map as drawn.</p>
      ) : (
        <ul className="fw-scenario-changes" aria-label={`Changes in ${title}`}>
          {scenario.overrides.map((override, index) => {
            const words = describeOverride(model, override);
            return (
              <li key={override.path}>
                <span>{words}</span>
                <button
                  type="button"
                  aria-label={`Remove change: ${words}`}
                  title="Remove this change"
                  onClick={() => apply((m) => removeScenarioOverride(m, { id: scenario.id, index }), keep)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ScenarioChangeForm model={model} scenarioId={scenario.id} />
      <div className="fw-scenario-actions">
        <button type="button" onClick={() => apply((m) => duplicateScenario(m, { id: scenario.id }), keep)}>
          Duplicate {title}
        </button>
        <button type="button" onClick={() => apply((m) => deleteScenario(m, { id: scenario.id }), keep)}>
          Delete {title}
        </button>
      </div>
    </section>
  );
}
