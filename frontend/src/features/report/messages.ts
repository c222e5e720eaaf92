// The report builder's messages (报表), in both languages: loaded with the
// page, registered under the "report" key of the one dictionary. The
// measures' and dimensions' names come from the API (reportSchema).
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '报表', cube: '统计对象', measures: '指标', pickMeasures: '选择指标', dimensions: '分组维度', all: '合计',
  time: '时间', noTime: '不限时间', granularity: '周期', noGranularity: '不分周期', range: '时间范围', compare: '对比',
  noCompare: '不对比', period: '周期', previous: '{{what}}（对比期）', others: '其他 {{count}} 项', omitted: '图中只画出第一个指标最大的 {{shown}} 组，其余 {{count}} 组见表格或导出。', firstRows: '首页只取前 {{shown}} 行（共 {{count}} 行），完整数字请在报表中打开。', change: '变化', changeOf: '{{what}}（变化）', pieNeedsNoPeriods: '饼图画出各组在同一时段的占比：不分周期时可用', rows: '共 {{count}} 行', running: '统计中…', pieMeasure: '饼图画出第一个指标（{{measure}}）的占比；其他指标见表格。', emptyRange: '{{from}} 至 {{to}} 没有数据：可放宽时间范围或去掉筛选。', notFilled: '所有周期补零后会超过 1,000 行，因此只列出有数据的周期：缩短时间范围、放宽周期或减少分组维度即可逐期列出。',
  chart: '图表', hint: '选择至少一个指标，即可生成报表；所有数字都在您的权限范围之内。',
  gran: { DAY: '按日', WEEK: '按周', MONTH: '按月', QUARTER: '按季度', YEAR: '按年' },
  cmp: { PRECEDING_PERIOD: '逐期环比（与上一期对比）', PREVIOUS_PERIOD: '与之前同样长的时段对比', SAME_PERIOD_LAST_YEAR: '与去年同期对比' }, precedingNeedsPeriods: '逐期环比（需先选择周期）',
  save: '保存报表', update: '保存修改', saveAs: '另存为', saved: '报表已保存', name: '报表名称', nameRequired: '请填写报表名称', share: '共享给其他管理员（各自看到自己权限内的数字）',
  savedReports: '已保存的报表', openSaved: '打开已保存的报表', sharedTag: '共享', delete: '删除', deleteConfirm: '删除报表“{{name}}”？',
  view: { table: '表格', bar: '柱状图', line: '折线图', pie: '饼图', map: '地图' },
  mapNeedsDistrict: '地图按区县绘制：只按“区县”分组、不分时段时可用', offMap: '未在地图上显示（无单独行政区划边界）：{{rows}}',
  pin: '显示在首页', unpin: '不在首页显示', pinnedTag: '首页', pinnedDone: '已显示在首页看板', unpinned: '已从首页看板移除',
  filters: '筛选', addFilter: '添加筛选', removeFilter: '移除', filterBy: '筛选维度', filterValues: '筛选值', pickValues: '选择要保留的值',
  home: '我的看板', openInBuilder: '在报表中打开', homeEmpty: '在“报表”中保存报表时勾选“显示在首页”，它就会出现在这里。',
};

const enUS: typeof zhCN = {
  title: 'Reports', cube: 'Subject', measures: 'Measures', pickMeasures: 'Pick measures', dimensions: 'Group by', all: 'Total',
  time: 'Time', noTime: 'Any time', granularity: 'Period', noGranularity: 'No periods', range: 'Range', compare: 'Compare',
  noCompare: 'No comparison', period: 'Period', previous: '{{what}} (before)', others: '{{count}} others', omitted: 'The chart draws the {{shown}} groups with the largest first measure; the other {{count}} are in the table and the export.', firstRows: 'The home draws the first {{shown}} of {{count}} rows; open the report for all of them.', change: 'Change', changeOf: '{{what}} (change)', pieNeedsNoPeriods: 'A pie shows each group’s share of one span: available without periods', rows: '{{count}} rows', running: 'Running…', pieMeasure: 'The pie shows the shares of the first measure ({{measure}}); the others are in the table.', emptyRange: 'Nothing from {{from}} to {{to}}: widen the time range or drop a filter.', notFilled: 'Listing every period with zeros would pass 1,000 rows, so only the periods with data are rows: shorten the range, widen the periods or drop a dimension to list them all.',
  chart: 'Chart', hint: 'Pick at least one measure to build a report; every figure is within what you may see.',
  gran: { DAY: 'Daily', WEEK: 'Weekly', MONTH: 'Monthly', QUARTER: 'Quarterly', YEAR: 'Yearly' },
  cmp: { PRECEDING_PERIOD: 'Each period with the one before', PREVIOUS_PERIOD: 'The same length just before', SAME_PERIOD_LAST_YEAR: 'Same period last year' }, precedingNeedsPeriods: 'Each period with the one before (choose a period first)',
  save: 'Save report', update: 'Save changes', saveAs: 'Save as new', saved: 'Report saved', name: 'Name', nameRequired: 'Name the report', share: 'Share with other administrators (each sees the figures of their own scope)',
  savedReports: 'Saved reports', openSaved: 'Open a saved report', sharedTag: 'Shared', delete: 'Delete', deleteConfirm: 'Delete the report “{{name}}”?',
  view: { table: 'Table', bar: 'Bars', line: 'Lines', pie: 'Pie', map: 'Map' },
  mapNeedsDistrict: 'A map draws districts: group by District alone, without periods', offMap: 'Not on the map (no outline of their own): {{rows}}',
  pin: 'Show on my home', unpin: 'Remove from my home', pinnedTag: 'Home', pinnedDone: 'Shown on your home', unpinned: 'Removed from your home',
  filters: 'Filters', addFilter: 'Add a filter', removeFilter: 'Remove', filterBy: 'Filter by', filterValues: 'Values', pickValues: 'Values to keep',
  home: 'My pinned reports', openInBuilder: 'Open in Reports', homeEmpty: 'Save a report in Reports with “Show on my home” ticked and it appears here.',
};

addMessages('report', zhCN, enUS, {
  others: '1 other',
  rows: '1 row',
  omitted: 'The chart draws the {{shown}} groups with the largest first measure; the other one is in the table and the export.',
});
