/** Loaded by the insights panels: draws their charts. */
import { startCharts } from './charts/draw.ts';

startCharts();
