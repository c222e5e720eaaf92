// Exports' messages (导出), in both languages, under the "exchange" key of
// the one dictionary.
import { addMessages } from '../../app/i18n';

const zhCN = {
  export: '导出', xlsx: 'Excel（.xlsx）', csv: 'CSV（UTF-8）', jobs: '导出任务', title: '导出任务',
  done: '已导出 {{rows}} 行', nothing: '没有符合当前筛选条件的行，未生成文件', background: '共 {{total}} 行，已转为后台导出，完成后会通知您', open: '查看导出任务',
  empty: '还没有导出任务。在任一列表上点“导出”，按当前筛选导出。', download: '下载', rows: '{{rows}} / {{total}} 行',
  kept: '文件保留 7 天', expires: '{{time}} 前可下载', failed: '导出失败',
  status: { RUNNING: '导出中', DONE: '已完成', FAILED: '失败' },
  list: {
    ENTERPRISES: '企业名录', FINDINGS: '整改台账', USERS: '用户', TASKS: '自查任务', WARNINGS: '重污染天气预警', NOTICES: '预警响应台账',
    QUESTIONS: '在线答疑', TRAININGS: '培训', VISITS: '帮扶记录', API_KEYS: '开放接口密钥', REPORT: '报表', PROBLEMS: '帮扶清单',
  },
};

const enUS: typeof zhCN = {
  export: 'Export', xlsx: 'Excel (.xlsx)', csv: 'CSV (UTF-8)', jobs: 'Exports', title: 'Exports',
  done: '{{rows}} rows exported', nothing: 'No row matches the filters: no file was made', background: '{{total}} rows: exporting in the background, you will be notified', open: 'See exports',
  empty: 'No exports yet. “Export” on any list exports it with its filters.', download: 'Download', rows: '{{rows}} / {{total}} rows',
  kept: 'Files are kept 7 days', expires: 'Downloadable until {{time}}', failed: 'Export failed',
  status: { RUNNING: 'Exporting', DONE: 'Done', FAILED: 'Failed' },
  list: {
    ENTERPRISES: 'Enterprises', FINDINGS: 'Rectification ledger', USERS: 'Users', TASKS: 'Self-inspection tasks', WARNINGS: 'Warnings', NOTICES: 'Warning receipts',
    QUESTIONS: 'Questions', TRAININGS: 'Trainings', VISITS: 'Visits', API_KEYS: 'API keys', REPORT: 'Report', PROBLEMS: 'Assistance list',
  },
};

addMessages('exchange', zhCN, enUS);
