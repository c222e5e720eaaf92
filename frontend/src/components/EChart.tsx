import { useEffect, useRef, useState } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Every series type a page draws must be here: one missing draws nothing, silently (the reports' lines and pies).
echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, DataZoomInsideComponent, DataZoomSliderComponent, CanvasRenderer]);

/**
 * A chart drawn with echarts/core (only the parts used are bundled),
 * resized with its container. onCategory is told the category (the index
 * on the category axis: x for columns, y for horizontal bars) clicked: a
 * bar, anywhere in its row or column (a 0 % one has no bar), or its label.
 */
export default function EChart(props: {
  option: EChartsCoreOption; height?: number; label: string; onCategory?(index: number): void;
}) {
  // A map's outlines and series load the first time one is drawn, and must be registered before
  // the chart is made (a chart made before does not draw them): a map is a chart of its own.
  const map = ((props.option.series ?? []) as { type?: string }[]).some((s) => s.type === 'map');
  return <Chart key={map ? 'map' : 'plain'} map={map} {...props} />;
}

function Chart({ option, height = 320, label, onCategory, map }: {
  option: EChartsCoreOption; height?: number; label: string; onCategory?(index: number): void; map: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clicked = useRef(onCategory);
  clicked.current = onCategory;
  const [made, setMade] = useState(false);
  useEffect(() => {
    let live = true;
    let stop = () => {};
    const make = () => {
      if (!live || !ref.current) return;
      const c = echarts.init(ref.current);
      chart.current = c;
      // The category axis: x for columns, y for horizontal bars.
      const axis = () => {
        const y = (c.getOption().yAxis as { type?: string; data?: unknown[] }[] | undefined)?.[0];
        return y?.type === 'category' ? { key: 'yAxis' as const, data: y.data ?? [] }
          : { key: 'xAxis' as const, data: (c.getOption().xAxis as { data?: unknown[] }[] | undefined)?.[0]?.data ?? [] };
      };
      c.getZr().on('click', (e) => {
        const at = [e.offsetX, e.offsetY];
        if (!clicked.current || !c.containPixel('grid', at)) return;
        const horizontal = axis().key === 'yAxis';
        const i = c.convertFromPixel({ gridIndex: 0 }, at); // [x, y] in the axes' values
        const index = Array.isArray(i) ? i[horizontal ? 1 : 0] : i;
        if (typeof index === 'number' && index >= 0) clicked.current(Math.round(index));
      });
      c.on('click', (e) => { // a label of the category axis (triggerEvent)
        const { key, data } = axis();
        if (e.componentType !== key || !clicked.current) return;
        const index = data.indexOf(e.value);
        if (index >= 0) clicked.current(index);
      });
      const ro = new ResizeObserver(() => c.resize());
      ro.observe(ref.current);
      stop = () => {
        ro.disconnect();
        c.dispose();
        chart.current = null;
      };
      setMade(true);
    };
    if (map && !echarts.getMap('changsha')) void import('./changshaMap').then(make);
    else make();
    return () => { live = false; stop(); };
  }, [map]);
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    const c = chart.current;
    if (!c || !made) return;
    c.setOption(option, true);
    // The series actually drawn (a type not registered is dropped): what the tests check.
    setDrawn((c as unknown as { getModel(): { getSeriesCount(): number } }).getModel().getSeriesCount());
  }, [option, made]);
  return <div ref={ref} style={{ width: '100%', height }} role="img" aria-label={label} data-series={drawn} />;
}
