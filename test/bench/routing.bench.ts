// Flow routing: quality on the 30-node, four-lane map with a rework loop, and time to route 100 and 500 flows (the
// map repeated side by side). Run: npm run bench -- routing
import { levelRoutes, routingBudget } from '../../shared/io/routing';
import { levelBoxes } from '../../shared/io/svg/levelSvg';
import { laneMap, laneMaps } from '../support/laneMap';
import { routeQuality } from '../support/routeQuality';

const runs = 5;

function time(copies: number): { flows: number; medianMs: number } {
  const model = laneMaps(copies);
  const boxes = levelBoxes(model, undefined);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    levelRoutes(model.nodes, boxes, model.flows, { budget: Infinity });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { flows: model.flows.length, medianMs: Math.round(times[Math.floor(runs / 2)] * 10) / 10 };
}

const model = laneMap();
const boxes = levelBoxes(model, undefined);
const quality = routeQuality(levelRoutes(model.nodes, boxes, model.flows), boxes, model.flows);
console.log(
  `30-node map, ${model.flows.length} flows: ${quality.through.length} through a shape, ${quality.along.length} stretches along another, ${quality.bends} bends, length ${Math.round(quality.length)}`,
);
for (const copies of [3, 15]) {
  const { flows, medianMs } = time(copies);
  console.log(`${flows} flows (${copies * 30} nodes): ${medianMs} ms (median of ${runs})`);
}
console.log(
  `(the app searches routes up to ${routingBudget} flows per level; beyond that they go side to side with one turn)`,
);
if (quality.through.length > 0) process.exitCode = 1;
