import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartOption } from '../../../shared/io/report/charts';

/** One chart of the calibration check, drawn as the simulation report draws its charts. */
export function CalibrationChart({ title, option, height }: { title: string; option: ChartOption; height?: number }) {
  return <ChartFigure className="fw-calib-chart" title={title} option={option} height={height} />;
}
