import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import type { CliIO } from '../io';

/** The purchase approval without its non-interrupting reminder (which Step Functions cannot express). */
function stepFunctionsMap() {
  const model = purchaseApproval();
  model.nodes = model.nodes.filter((n) => !['sla', 'remind', 'reminded'].includes(n.id));
  model.flows = model.flows.filter((f) => !['f10', 'f11'].includes(f.id));
  return model;
}

/** A command line over files in memory: `files` holds text, `binary` what was written as bytes. */
export function fakeIO() {
  const files: Record<string, string> = {
    'map.flow.json': JSON.stringify(purchaseApproval()),
    'steps.flow.json': JSON.stringify(stepFunctionsMap()),
    'broken.flow.json': JSON.stringify({ ...purchaseApproval(), nodes: purchaseApproval().nodes.filter((n) => n.id !== 'start') }),
  };
  const out = { stdout: '', stderr: '' };
  const binary: Record<string, Uint8Array> = {};
  const io: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readText: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[path];
    },
    readBytes: async (path) => new TextEncoder().encode(files[path]),
    writeText: async (path, text) => void (files[path] = text),
    writeBytes: async (path, bytes) => void (binary[path] = bytes),
    isTTY: false,
  };
  return { io, out, files, binary };
}
