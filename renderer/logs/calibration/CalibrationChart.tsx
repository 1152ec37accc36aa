import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './calibrationCharts';

echarts.use([BarChart, GridComponent, LegacyGridContainLabel, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One chart on a canvas, as the simulation report draws them, redrawn when its option changes. */
export function CalibrationChart({ title, option, height }: { title: string; option: ChartOption; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Drawn where the page can lay out and paint (not in a DOM without layout, such as a test's).
    if (typeof ResizeObserver === 'undefined') return;
    const element = box.current!;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="fw-calib-chart">
      <figcaption>{title}</figcaption>
      <div
        ref={box}
        className="fw-calib-chart-canvas"
        style={height ? { height } : undefined}
        role="img"
        aria-label={title}
      />
    </figure>
  );
}
