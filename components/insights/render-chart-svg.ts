import 'server-only';
// Server-side rendering of a chart to an SVG string with Apache ECharts (its SSR mode: no DOM,
// no browser JavaScript), in the reader's language through ECharts' built-in locales. The
// picture is decoration for sighted readers; the table view beside it carries the same data.
import * as echarts from 'echarts';
import type { ChartDataset } from '@/lib/insights/chart-dataset';

const WIDTH = 720;
const HEIGHT = 300;

export function renderChartSvg(dataset: ChartDataset, locale: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT, locale: locale.startsWith('zh') ? 'ZH' : 'EN' });
  const categories = dataset.rows.map((r) => String(r[0] ?? ''));
  const series = dataset.columns.slice(1).map((name, i) => ({
    name,
    type: dataset.chart === 'line' ? ('line' as const) : ('bar' as const),
    ...(dataset.chart === 'stacked' ? { stack: 'total' } : {}),
    data: dataset.rows.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : null)),
    ...(dataset.colors?.[i] ? { itemStyle: { color: dataset.colors[i] }, lineStyle: { color: dataset.colors[i] } } : {}),
  }));
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: series.length > 1 ? 40 : 16, bottom: 56 },
    legend: series.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: 'category', data: categories, axisLabel: { interval: categories.length > 12 ? 'auto' : 0, rotate: categories.length > 6 ? 30 : 0, width: 90, overflow: 'truncate' } },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // Scale with the card: keep the viewBox, drop the fixed size.
  return svg.replace(/^<svg width="\d+" height="\d+"/, '<svg role="img" aria-hidden="true" preserveAspectRatio="xMidYMid meet" style="width:100%;height:auto"');
}
