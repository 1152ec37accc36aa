import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';

/** The ECharts parts the report's charts use, for the page's canvas and the report's SVG alike (with a renderer). */
export const chartParts = [
  BarChart,
  LineChart,
  GridComponent,
  // The charts keep their axis labels inside the grid (containLabel), which ECharts 6 moved into a feature.
  LegacyGridContainLabel,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
];
