/**
 * The parts of Apache ECharts the charts and maps use, registered once. Imported ONLY through
 * `loadECharts()` (a dynamic import), so it is a chunk of its own, out of the first load; static
 * named imports here let the bundler leave out every chart type and component not listed.
 */
import * as core from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

core.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  VisualMapComponent,
  GeoComponent,
  SVGRenderer,
  LabelLayout,
]);

export { core };
