import { problem, type Problem } from './catalogue';
import { flowLabel, listed, nodeKind, nodeKindLabel, quotedName, sentence } from './describe';
import { entries, type ModelIndex } from './modelIndex';

/** FW_V_DUPLICATE_ID: ids shared by nodes, flows and lanes, one problem per repeated id. */
export function duplicateIdProblems({ model, nodeById }: ModelIndex): Problem[] {
  const labels = new Map<string, string[]>();
  const add = (id: string, label: string) => {
    const list = labels.get(id);
    if (list) list.push(label);
    else labels.set(id, [label]);
  };
  for (const node of model.nodes) add(node.id, nodeKindLabel(node));
  for (const flow of model.flows) add(flow.id, `the ${flowLabel(flow, nodeById)}`);
  for (const lane of model.lanes)
    add(lane.id, lane.name.trim() ? `lane ${quotedName(lane.name.trim())}` : 'an untitled lane');
  const problems: Problem[] = [];
  for (const [id, users] of labels) {
    if (users.length > 1)
      problems.push(
        problem(
          'FW_V_DUPLICATE_ID',
          `${sentence(listed(users))} share the id ${quotedName(id)}; each element needs its own`,
          id,
        ),
      );
  }
  return problems;
}

/**
 * FW_V_TASK_NO_NAME: tasks and sub-processes whose name is empty or blank. Without a name the message says where the
 * element is: after the first named step that leads to it.
 */
export function unnamedTaskProblems({ model, nodeById, predecessors }: ModelIndex): Problem[] {
  return model.nodes
    .filter((node) => (node.type === 'task' || node.type === 'subProcess') && !node.name.trim())
    .map((node) => {
      const before = entries(predecessors, node.id)
        .map((id) => nodeById.get(id)?.name.trim())
        .find(Boolean);
      const where = before ? ` after ${quotedName(before)}` : '';
      return problem(
        'FW_V_TASK_NO_NAME',
        `A ${nodeKind(node)}${where} has no name, so diagrams and reports cannot say what it does`,
        node.id,
      );
    });
}
