import { useEffect, useMemo, useState } from 'react';
import { useEditor } from '../store/editorStore';
import { useCanvasGestures } from './canvasGestures';
import { canvasView } from './canvasView';
import { connectChoices, type ConnectChoice } from './connectChoices';
import { connectOrExplain } from './connectRules';
import { nodeTitle } from './elementLabels';
import { focusElement } from './focusElement';

const shown = 12;

function ChoiceList({
  choices,
  active,
  pick,
}: {
  choices: readonly ConnectChoice[];
  active: number;
  pick: (choice: ConnectChoice) => void;
}) {
  if (choices.length === 0) return <p className="fw-panel-note">No element at this level is named like that.</p>;
  return (
    <ul id="fw-connect-choices" className="fw-search-results" role="listbox" aria-label="Elements to connect to">
      {choices.slice(0, shown).map((choice, i) => (
        <li
          key={choice.id}
          id={`fw-connect-choice-${i}`}
          role="option"
          aria-selected={i === active}
          aria-disabled={choice.refusal !== null}
          className={`${i === active ? 'fw-active' : ''}${choice.refusal ? ' fw-refused' : ''}`}
          title={choice.refusal ?? undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => pick(choice)}
        >
          <span>{choice.title}</span>
          <span className="fw-search-type">{choice.refusal ? 'cannot connect' : choice.kind}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Connect to…": pick a flow's target by typing its name or with the arrow keys; Enter connects, Escape cancels. */
function Picker({ source }: { source: string }) {
  const model = useEditor((s) => s.model);
  const set = useCanvasGestures((s) => s.set);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const choices = useMemo(() => (model ? connectChoices(model, source, query) : []), [model, source, query]);
  const last = Math.min(choices.length, shown) - 1;
  const index = Math.max(0, Math.min(active, last));
  const current = choices[index];
  // The element the choice points at is outlined on the canvas and brought into view.
  useEffect(() => {
    set({ candidate: current ? { id: current.id, refusal: current.refusal } : null });
    if (current) canvasView.current?.reveal(current.id);
  }, [current, set]);
  const close = (focus: string) => {
    set({ connectFrom: null, candidate: null });
    focusElement(focus);
  };
  const pick = (choice: ConnectChoice | undefined) => {
    if (!choice) return;
    // A refused choice says why in the notice area and leaves the list open for another.
    if (connectOrExplain(source, choice.id, [choice.id])) close(choice.id);
  };
  const sourceNode = model?.nodes.find((n) => n.id === source);
  const title = `Connect ${sourceNode ? `'${nodeTitle(sourceNode)}'` : ''} to…`;
  return (
    <div className="fw-search fw-connect-picker" role="dialog" aria-label={title}>
      <div className="fw-connect-title">{title}</div>
      <input
        autoFocus
        type="text"
        aria-label="Element to connect to"
        placeholder="Type a name, or use ↑ ↓; Enter connects"
        value={query}
        role="combobox"
        aria-expanded={choices.length > 0}
        aria-controls="fw-connect-choices"
        aria-activedescendant={current ? `fw-connect-choice-${index}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={() => set({ connectFrom: null, candidate: null })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close(source);
          else if (e.key === 'Enter') pick(current);
          else if (e.key === 'ArrowDown') setActive(Math.min(index + 1, last));
          else if (e.key === 'ArrowUp') setActive(Math.max(index - 1, 0));
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      <ChoiceList choices={choices} active={index} pick={pick} />
    </div>
  );
}

/** The "Connect to…" picker while it is open. */
export function ConnectPicker() {
  const source = useCanvasGestures((s) => s.connectFrom);
  return source ? <Picker key={source} source={source} /> : null;
}
