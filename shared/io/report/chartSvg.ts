import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './charts';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  // The charts keep their axis labels inside the grid (containLabel), which ECharts 6 moved into a feature.
  LegacyGridContainLabel,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

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
