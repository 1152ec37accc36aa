import { useMemo, useState } from 'react';
import type { FlowNode } from '../../shared/model';
import { revealElement } from '../canvas/revealElement';
import { describeNode } from '../canvas/elementLabels';
import { useEditor } from '../store/editorStore';
import { useEditorUi } from '../store/uiStore';

const maxResults = 8;

/** Nodes whose name contains the query (case-insensitive), names starting with it first. */
export function findNodes(nodes: readonly FlowNode[], query: string): FlowNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits = nodes.filter((n) => n.name.toLowerCase().includes(q));
  return hits
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)))
    .slice(0, maxResults);
}

function SearchPanel() {
  const model = useEditor((s) => s.model);
  const setUi = useEditorUi((ui) => ui.set);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => findNodes(model?.nodes ?? [], query), [model, query]);
  const close = () => setUi({ searchOpen: false });
  const go = (node: FlowNode | undefined) => {
    if (!node) return;
    close();
    revealElement(node.id);
  };
  return (
    <div className="fw-search" role="search">
      <input
        autoFocus
        type="search"
        aria-label="Find a node by name"
        placeholder="Find a node by name"
        value={query}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="fw-search-results"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
          else if (e.key === 'Enter') go(results[active]);
          else if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else return;
          e.preventDefault();
        }}
      />
      {query.trim() && (
        <ul id="fw-search-results" className="fw-search-results" role="listbox" aria-label="Matching nodes">
          {results.length === 0 && <li className="fw-panel-note">No node is named like that.</li>}
          {results.map((node, i) => (
            <li
              key={node.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'fw-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(node)}
            >
              <span>{node.name}</span>
              <span className="fw-search-type">{describeNode(node)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Ctrl/Cmd+F: find a node by name, then select it and bring it to the middle of the canvas. */
export function SearchBox() {
  const open = useEditorUi((ui) => ui.searchOpen);
  return open ? <SearchPanel /> : null;
}
