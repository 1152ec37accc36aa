import { readFlowFile } from './flowFile';
import { newModelId } from './newProcessModel';
import { templateDataset } from './templateDataset';
import { builtInTemplate } from './templates';
import { refreshProcesses, type WorkspaceContext } from './workspaceContext';

/** Starting a new process from a built-in template. */
export function templateActions(ctx: WorkspaceContext, openProcess: (id: string) => Promise<boolean>) {
  const { repository, notices } = ctx;
  return {
    /**
     * Adds the template's map as a new process (through restore(), like any file) with its sample records as the
     * process's dataset, and opens it ready to simulate against them.
     */
    async createFromTemplate(templateId: string): Promise<void> {
      const template = builtInTemplate(templateId);
      if (!template) throw new Error(`there is no template "${templateId}"`);
      const result = readFlowFile(`${template.id}.flow.json`, template.mapText);
      if (!result.ok) {
        notices.notify({ kind: 'error', title: result.title, details: result.problems });
        return;
      }
      // Its own model id, as for a duplicate: two processes from one template must not overwrite each other on an engine.
      const model = { ...result.model, id: newModelId() };
      // Read before the process is created, so that records that cannot be read leave no process behind.
      const records = templateDataset(template, model.data.fields, Date.now());
      const created = await repository.createProcess(model, `Create from the template "${template.name}"`);
      await repository.saveDataset({ ...records, processId: created.id });
      await refreshProcesses(ctx);
      await openProcess(created.id);
    },
  };
}
