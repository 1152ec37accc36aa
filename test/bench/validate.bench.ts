// Validation runs on every edit: time it on the 1,000-node map and at ten times that size.
import { validateModel } from '../../shared/validate';
import { bigModel } from './bigModel';

function fastestMs(run: () => void, repeats = 20): number {
  run();
  let fastest = Infinity;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

for (const blocks of [200, 2000]) {
  const model = bigModel(blocks);
  const ms = fastestMs(() => validateModel(model));
  console.log(
    `validate ${model.nodes.length} nodes / ${model.flows.length} flows: ${ms.toFixed(2)} ms (fastest of 20)`,
  );
}
