import { useId } from 'react';
import { builtInTemplates } from './templates';
import { useWorkspace } from './workspaceHooks';
import './TemplateList.css';

/** The built-in example maps, each with its one-line description; picking one creates a process from it. */
export function TemplateList() {
  const workspace = useWorkspace();
  const idPrefix = useId();
  return (
    <ul className="template-list">
      {builtInTemplates.map((template) => (
        <li key={template.id}>
          <button
            type="button"
            aria-label={template.name}
            aria-describedby={`${idPrefix}-${template.id}`}
            onClick={() => void workspace.createFromTemplate(template.id)}
          >
            <span className="template-name">{template.name}</span>
            <span className="template-description" id={`${idPrefix}-${template.id}`}>
              {template.description}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
