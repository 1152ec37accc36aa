import { setProperty, type Flow, type FlowNode, type ProcessModel } from '../../shared/model';
import { idMapper } from '../../shared/io/bpmn/exportContext';
import { formatIsoDuration, parseIsoDuration } from '../../shared/io/bpmn/isoDuration';
import { keptNode } from '../../shared/io/bpmn/keptShapes';
import {
  allowedTimerKinds,
  isCallActivity,
  isJobTask,
  isTimerEvent,
  isUserTask,
  keptZeebeElement,
  takesMappings,
  timerKinds,
  zeebeKey,
  zeebeMappings,
  zeebeSettingProblems,
  type SettingProblem,
  type TimerKind,
  type ZeebeMapping,
} from '../../shared/io/bpmn/zeebeSettings';
import {
  calledProcessOf,
  candidateGroupsOf,
  conditionLabel,
  formOf,
  jobTypeOf,
  waitsForMessage,
  zeebeOf,
} from '../../shared/io/bpmn/zeebeValues';
import { useEditor } from '../store/editorStore';
import type { EditStep } from '../store/composeEdits';
import { FieldGroup, SelectField, TextField } from './fields';
import './Camunda8Properties.css';

const timerKindLabels = { duration: 'Duration', date: 'Date and time', cycle: 'Cycle' } as const;

/** The quoted name of a node for undo labels. */
const named = (node: FlowNode) => (node.name.trim() ? `'${node.name.trim()}'` : 'the element');

/** Steps that set `extensions.zeebe` to `next`, removing it (and an emptied `extensions`) when nothing is left. */
function zeebeSteps(node: FlowNode, next: Record<string, unknown>): EditStep[] {
  const target = { kind: 'node', id: node.id } as const;
  const present = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
  const empty = Object.keys(present).length === 0;
  return [
    (m) => setProperty(m, { target, path: ['extensions', zeebeKey], value: empty ? undefined : present }),
    (m) => {
      const extensions = m.nodes.find((n) => n.id === node.id)?.extensions;
      return extensions && Object.keys(extensions).length === 0
        ? setProperty(m, { target, path: 'extensions', value: undefined })
        : null;
    },
  ];
}

/** Validation messages of one field, shown under it. */
function FieldProblems({ problems, field }: { problems: SettingProblem[]; field: string }) {
  const mine = problems.filter((p) => p.field === field);
  if (!mine.length) return null;
  return (
    <>
      {mine.map((p) => (
        <p key={p.message} className="fw-field-problem" role="alert">
          {p.message}
        </p>
      ))}
    </>
  );
}

/** Rows of variable mappings: a FEEL expression into a variable, each removable, and a button to add one. */
function MappingRows({
  node,
  list,
  problems,
  onChange,
}: {
  node: FlowNode;
  list: 'inputs' | 'outputs';
  problems: SettingProblem[];
  onChange(rows: ZeebeMapping[], label: string): void;
}) {
  const rows = zeebeMappings(node, list);
  const what = list === 'inputs' ? 'input' : 'output';
  const set = (index: number, part: keyof ZeebeMapping, value: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, [part]: value.trim() } : row)),
      `Set ${what} mapping of ${named(node)}`,
    );
  return (
    <div className="fw-mappings" aria-label={list === 'inputs' ? 'Input mappings' : 'Output mappings'}>
      <p className="fw-mappings-title">{list === 'inputs' ? 'Inputs' : 'Outputs'}</p>
      {rows.map((row, index) => (
        <div className="fw-mapping" key={`${node.id}-${list}-${index}`}>
          <div className="fw-mapping-fields">
            <TextField
              key={`${node.id}-${list}-${index}-source-${row.source}`}
              label={`${list === 'inputs' ? 'Input' : 'Output'} ${index + 1}: expression`}
              value={row.source}
              placeholder={list === 'inputs' ? 'e.g. amount * 1.2' : 'e.g. result.total'}
              onCommit={(v) => set(index, 'source', v)}
            />
            <FieldProblems problems={problems} field={`${list}.${index}.source`} />
            <TextField
              key={`${node.id}-${list}-${index}-target-${row.target}`}
              label={`${list === 'inputs' ? 'Input' : 'Output'} ${index + 1}: into variable`}
              value={row.target}
              placeholder="e.g. total"
              onCommit={(v) => set(index, 'target', v)}
            />
            <FieldProblems problems={problems} field={`${list}.${index}.target`} />
          </div>
          <button
            type="button"
            className="fw-mapping-remove"
            aria-label={`Remove ${what} ${index + 1}`}
            title={`Remove ${what} ${index + 1}`}
            onClick={() =>
              onChange(
                rows.filter((_, i) => i !== index),
                `Remove ${what} mapping of ${named(node)}`,
              )
            }
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="fw-mapping-add"
        onClick={() => onChange([...rows, { source: '', target: '' }], `Add ${what} mapping to ${named(node)}`)}
      >
        Add {what}
      </button>
    </div>
  );
}

/** What an empty timer expression stands for: the imported file's timer while it fits the delay, else the delay. */
function timerPlaceholder(node: FlowNode, kind: TimerKind): string {
  const kept = keptNode(node).timer;
  if (kept && (node.timer === undefined || parseIsoDuration(kept.value) === node.timer))
    return `${kept.value} (from the imported file)`;
  if (node.timer !== undefined && kind === 'duration') return `${formatIsoDuration(node.timer)} (from the delay)`;
  return { duration: 'e.g. PT1H', date: 'e.g. 2026-05-01T09:00:00Z', cycle: 'e.g. R3/PT1H' }[kind];
}

/**
 * The "Camunda 8" section: what the Zeebe export writes for a node (job type and retries, form and assignment,
 * variable mappings, called process, timer expression, correlation key). An empty field shows, greyed, the value
 * the export derives instead; every change is one undo entry.
 */
export function Camunda8Properties({ node, model }: { node: FlowNode; model: ProcessModel }) {
  const apply = useEditor((s) => s.apply);
  const job = isJobTask(node);
  const user = isUserTask(node);
  const call = isCallActivity(node);
  const mappings = takesMappings(node);
  const timer = isTimerEvent(node);
  const message = waitsForMessage(node);
  if (!job && !user && !call && !mappings && !timer && !message) return null;

  const raw = node.extensions?.[zeebeKey];
  const current: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw } : {};
  const settings = zeebeOf(node);
  const parent = model.nodes.find((n) => n.id === node.parent);
  const problems = zeebeSettingProblems(node, parent);
  const id = idMapper(model);
  const change = (values: Record<string, unknown>, label: string) =>
    apply(zeebeSteps(node, { ...current, ...values }), { select: 'keep', label });
  const text = (key: string, what: string) => (v: string) =>
    change({ [key]: v.trim() || undefined }, `${v.trim() ? 'Set' : 'Clear'} ${what} of ${named(node)}`);
  // What an empty field stands for: the value derived (and from what), or the one the imported file had.
  const derived = (value: { value: string; from?: string } | undefined) =>
    value && `${value.value} (from ${value.from?.replace(/^its /, 'the ') ?? 'the imported file'})`;
  const form = formOf(node, id);
  const formKind =
    typeof current.formId === 'string' || (current.formReference === undefined && form.attribute === 'formId')
      ? 'formId'
      : 'formReference';
  // An emptied list stays (as []) where the imported file had mappings, so that they do not come back.
  const fileMappings = keptZeebeElement(node, 'ioMapping') !== undefined;
  const mappingList = (rows: ZeebeMapping[]) => (rows.length || fileMappings ? rows : undefined);
  const kinds = allowedTimerKinds(node, parent);
  const timerKind = (settings.timerKind as TimerKind | undefined) ?? keptNode(node).timer?.kind ?? kinds[0];

  return (
    <FieldGroup title="Camunda 8">
      {job && (
        <>
          <TextField
            key={`job-${node.id}`}
            label="Job type"
            value={settings.taskType ?? ''}
            placeholder={derived(jobTypeOf(node, id))}
            hint="The type of job a worker picks up for this task."
            onCommit={text('taskType', 'job type')}
          />
          <TextField
            key={`retries-${node.id}`}
            label="Retries"
            value={settings.retries ?? ''}
            placeholder="3 (Camunda's default)"
            onCommit={text('retries', 'retries')}
          />
          <FieldProblems problems={problems} field="retries" />
        </>
      )}
      {user && (
        <>
          <SelectField
            label="Form"
            value={formKind}
            choices={[
              { value: 'formReference', label: 'Form key' },
              { value: 'formId', label: 'Linked Camunda form (form id)' },
            ]}
            onChange={(kind) => {
              // An empty form id is kept, so that the choice of a linked form stays while its id is typed.
              const value = settings.formId ?? settings.formReference;
              change(
                kind === 'formId'
                  ? { formId: value ?? '', formReference: undefined }
                  : { formReference: value, formId: undefined },
                `Set form of ${named(node)}`,
              );
            }}
          />
          <TextField
            key={`form-${node.id}-${formKind}`}
            label={formKind === 'formId' ? 'Form id' : 'Form key'}
            value={(formKind === 'formId' ? settings.formId : settings.formReference) ?? ''}
            placeholder={derived(form)}
            onCommit={(v) =>
              formKind === 'formId'
                ? change({ formId: v.trim() }, `Set form id of ${named(node)}`)
                : text('formReference', 'form key')(v)
            }
          />
          <TextField
            key={`assignee-${node.id}`}
            label="Assignee"
            value={settings.assignee ?? ''}
            placeholder="e.g. anna or =initiator"
            onCommit={text('assignee', 'assignee')}
          />
          <TextField
            key={`groups-${node.id}`}
            label="Candidate groups"
            value={settings.candidateGroups ?? ''}
            placeholder={derived(candidateGroupsOf(node, model)) ?? 'e.g. sales, finance'}
            hint="Comma-separated groups whose members may claim the task."
            onCommit={text('candidateGroups', 'candidate groups')}
          />
        </>
      )}
      {call && (
        <TextField
          key={`called-${node.id}`}
          label="Called process id"
          value={settings.processId ?? ''}
          placeholder={derived(calledProcessOf(node, id))}
          onCommit={text('processId', 'called process id')}
        />
      )}
      {message && (
        <TextField
          key={`correlation-${node.id}`}
          label="Correlation key"
          value={settings.correlationKey ?? ''}
          placeholder="e.g. =orderId"
          hint="A FEEL expression: the message that carries this key reaches this case."
          onCommit={text('correlationKey', 'correlation key')}
        />
      )}
      {timer && (
        <>
          <SelectField
            label="Timer kind"
            value={timerKind}
            choices={timerKinds
              .filter((k) => kinds.includes(k) || k === timerKind)
              .map((k) => ({ value: k, label: timerKindLabels[k] }))}
            onChange={(kind) => change({ timerKind: kind }, `Set timer kind of ${named(node)}`)}
          />
          <FieldProblems problems={problems} field="timerKind" />
          <TextField
            key={`timer-${node.id}`}
            label="Timer expression"
            value={settings.timerValue ?? ''}
            placeholder={timerPlaceholder(node, timerKind)}
            hint="ISO 8601, as Camunda reads it; empty: the delay above."
            onCommit={(v) =>
              change(
                { timerValue: v.trim() || undefined, timerKind: v.trim() ? timerKind : undefined },
                `${v.trim() ? 'Set' : 'Clear'} timer expression of ${named(node)}`,
              )
            }
          />
          <FieldProblems problems={problems} field="timerValue" />
        </>
      )}
      {mappings && (
        <>
          <MappingRows
            node={node}
            list="inputs"
            problems={problems}
            onChange={(rows, label) => change({ inputs: mappingList(rows) }, label)}
          />
          <MappingRows
            node={node}
            list="outputs"
            problems={problems}
            onChange={(rows, label) => change({ outputs: mappingList(rows) }, label)}
          />
        </>
      )}
    </FieldGroup>
  );
}

/** Under a flow's condition: the Zeebe export labels an unnamed conditional flow with its condition. */
export function Camunda8FlowNote({ flow }: { flow: Flow }) {
  const label = conditionLabel(flow);
  if (label === undefined) return null;
  return <p className="fw-panel-note">Without a name, the Camunda 8 export labels this flow “{label}”.</p>;
}
