import type { ProcessModel } from '../../model';
import { mapChoices, observeChoice } from './branches';
import { percentWords } from './describe';
import type { ReadLog } from './logReading';
import { caseEnd, caseStart, type MapSteps } from './mapSteps';
import type { CalibratedParameter } from './parameters';

const minimumChoices = 5;

/** Branch shares of the exclusive gateways and chances of the error events, from the cases' traces. */
export function fitChoices(model: ProcessModel, read: ReadLog, steps: MapSteps): CalibratedParameter[] {
  const parameters: CalibratedParameter[] = [];
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  for (const choice of mapChoices(steps)) {
    const seen = observeChoice(choice.nodeId, choice.before, choice.options, read.traces);
    const total = seen.counts.reduce((s, c) => s + c, 0);
    const node = nodes.get(choice.nodeId)!;
    const label =
      node.name || (node.type === 'boundaryEvent' ? 'Error' : `Choice after ${namesOf(choice.before, read)}`);
    if (total < minimumChoices) continue;
    const warnings =
      seen.unexplained > 0
        ? [`${seen.unexplained} times a case did not go on to any branch of this choice (it left by another path)`]
        : [];
    const criterion = 'share of the choices the log shows, by the next activity each branch leads to';
    if (node.type === 'boundaryEvent') {
      const share = round3(seen.counts[0] / total);
      node.sim = { ...node.sim, probability: share };
      parameters.push({
        kind: 'error',
        elementId: node.id,
        name: label,
        value: share,
        text: `happens in ${percentWords(share)} of executions`,
        sampleSize: Math.round(total),
        criterion,
        warnings,
      });
      continue;
    }
    const shares = seen.counts.map((c) => round3(c / total));
    shares[shares.length - 1] = round3(Math.max(0, 1 - shares.slice(0, -1).reduce((s, v) => s + v, 0)));
    choice.flowIds.forEach((flowId, k) => {
      const flow = model.flows.find((f) => f.id === flowId)!;
      flow.probability = shares[k];
      const target = nodes.get(flow.target);
      const toward = flow.name || target?.name || namesOf(choice.options[k].first, read);
      parameters.push({
        kind: 'branch',
        elementId: flow.id,
        name: `${label} → ${toward}`,
        value: shares[k],
        text: `taken ${percentWords(shares[k])} of the time`,
        sampleSize: Math.round(total),
        criterion,
        warnings,
      });
    });
  }
  return parameters;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** Activities (or the case's start and end) in plain words, the first two of them: "Check order or Call customer". */
function namesOf(keys: ReadonlySet<string>, read: ReadLog): string {
  const names = [...keys].map((k) =>
    k === caseStart ? 'the start' : k === caseEnd ? 'the end' : (read.names.get(k) ?? k),
  );
  return names.length > 2 ? `${names.slice(0, 2).join(', ')} or ${names.length - 2} more` : names.join(' or ');
}
