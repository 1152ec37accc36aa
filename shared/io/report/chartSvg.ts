import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './charts';
import { chartParts } from './chartParts';

echarts.use([...chartParts, SVGRenderer]);

/** A chart drawn as an SVG string by ECharts' server-side renderer (no DOM needed), for the HTML report. */
export function chartSvg(option: ChartOption, width = 520, height = 300): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
