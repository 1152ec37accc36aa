import { problem, type Problem } from './catalogue';
import { flowLabel, nodeLabel } from './describe';
import type { ModelIndex } from './modelIndex';

/** FW_V_DUPLICATE_ID: ids shared by nodes, flows and lanes, one problem per repeated id. */
export function duplicateIdProblems({ model }: ModelIndex): Problem[] {
  const labels = new Map<string, string[]>();
  const add = (id: string, label: string) => {
    const list = labels.get(id);
    if (list) list.push(label);
    else labels.set(id, [label]);
  };
  for (const node of model.nodes) add(node.id, nodeLabel(node));
  for (const flow of model.flows) add(flow.id, flowLabel(flow));
  for (const lane of model.lanes)
    add(lane.id, lane.name.trim() ? `lane '${lane.name.trim()}' (${lane.id})` : `lane (${lane.id})`);
  const problems: Problem[] = [];
  for (const [id, users] of labels) {
    if (users.length > 1)
      problems.push(
        problem('FW_V_DUPLICATE_ID', `Id '${id}' is used by ${users.length} elements: ${users.join(', ')}`, id),
      );
  }
  return problems;
}

/** FW_V_TASK_NO_NAME: tasks and sub-processes whose name is empty or blank. */
export function unnamedTaskProblems({ model }: ModelIndex): Problem[] {
  return model.nodes
    .filter((node) => (node.type === 'task' || node.type === 'subProcess') && !node.name.trim())
    .map((node) =>
      problem(
        'FW_V_TASK_NO_NAME',
        `${node.type === 'task' ? 'Task' : 'Sub-process'} (${node.id}) has no name`,
        node.id,
      ),
    );
}
