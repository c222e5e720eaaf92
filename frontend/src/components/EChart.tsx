import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/**
 * A chart drawn with echarts/core (only the parts used are bundled),
 * resized with its container. onCategory is told the category (x-axis
 * index) clicked: a bar, anywhere in its column (a 0 % one has no bar), or
 * its label.
 */
export default function EChart({ option, height = 320, label, onCategory }: {
  option: EChartsCoreOption; height?: number; label: string; onCategory?(index: number): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clicked = useRef(onCategory);
  clicked.current = onCategory;
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current);
    chart.current = c;
    c.getZr().on('click', (e) => {
      const at = [e.offsetX, e.offsetY];
      if (!clicked.current || !c.containPixel('grid', at)) return;
      const i = c.convertFromPixel({ xAxisIndex: 0 }, at);
      const index = Array.isArray(i) ? i[0] : i;
      if (typeof index === 'number' && index >= 0) clicked.current(Math.round(index));
    });
    c.on('click', (e) => { // a label of the category axis (triggerEvent)
      if (e.componentType !== 'xAxis' || !clicked.current) return;
      const data = (c.getOption().xAxis as { data?: unknown[] }[] | undefined)?.[0]?.data ?? [];
      const index = data.indexOf(e.value);
      if (index >= 0) clicked.current(index);
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
