export { exportSvg } from './exportSvg';
