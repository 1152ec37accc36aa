import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { chartParts } from '../../shared/io/report/chartParts';
import type { ChartOption } from '../../shared/io/report/charts';

echarts.use([...chartParts, CanvasRenderer]);

/** What a click on a chart element reports (the part of ECharts' click event read here). */
export interface ChartClick {
  componentType: string;
  dataIndex: number;
}

/**
 * Draws an ECharts option on a canvas in the returned element, redrawn when the option changes and resized with
 * its box. Nothing is drawn where the page cannot lay out and paint (a test's DOM without layout).
 */
export function useChart(option: ChartOption, onClick?: (click: ChartClick) => void) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const element = box.current!;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    if (onClick) chart.on('click', (event) => onClick(event as unknown as ChartClick));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, onClick]);
  return box;
}

export interface ChartFigureProps {
  title: string;
  option: ChartOption;
  height?: number;
  hint?: string;
  onClick?(click: ChartClick): void;
  /** The figure's class; its canvas box gets the same with `-canvas`. */
  className: string;
}

/** One chart with its title above it (and a hint on what a click does), described by the title to screen readers. */
export function ChartFigure({ title, option, height, hint, onClick, className }: ChartFigureProps) {
  const box = useChart(option, onClick);
  return (
    <figure className={className}>
      <figcaption>{title}</figcaption>
      {hint && <p className={`${className}-hint`}>{hint}</p>}
      <div
        ref={box}
        className={`${className}-canvas`}
        style={height ? { height } : undefined}
        role="img"
        aria-label={title}
        aria-description={hint}
      />
    </figure>
  );
}
