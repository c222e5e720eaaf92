// The partner API page's messages (开放接口), in both languages: loaded with
// the page, registered under the "partner" key of the one dictionary.
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '开放接口',
  help: '为大屏、指挥中心、科研机构等合作方创建只读密钥。合作方以 Authorization: Bearer gck_… 或 X-API-Key 请求 /query，按所选区县与数据范围读取，每次响应的 extensions.cost 给出消耗与剩余额度。',
  graphiql: '接口调试（GraphiQL）', add: '新建密钥', edit: '修改密钥', save: '保存', search: '按名称搜索',
  status: '状态', allStatuses: '全部状态', name: '名称', prefix: '密钥前缀', districts: '区县', allDistricts: '全市',
  scopes: '数据范围', budget: '额度', budgetValue: '{{budget}} 点，每秒恢复 {{refill}} 点', refill: '每秒恢复（点）', byDefault: '默认 {{value}}', range: '{{min}}–{{max}}', pickAllDistricts: '选择全市所有区县', expiryHelp: '到期日当天 24:00（北京时间）起失效', rotated: '密钥“{{name}}”已轮换', hashPlaceholder: '登记查询的 SHA-256', persistedOnlyExample: '此密钥只运行登记的查询：请在“用量”中登记查询，合作方以其 SHA-256 调用。',
  budgetHelp: '每次请求按查询的计算量扣点，额度按每秒恢复量回补；单次请求不能超过额度，额度用完时接口会告知需等待的秒数。',
  persistedOnly: '仅限登记的查询', persistedOnlyHelp: '开启后只运行为该密钥登记的查询（按 SHA-256 发送），其他查询一律拒绝。',
  expiresAt: '有效期至', noExpiry: '长期有效', clearExpiry: '取消有效期', lastUsedAt: '最近使用', createdAt: '创建时间', never: '从未使用', actions: '操作',
  empty: '还没有密钥', required: '必填',
  statuses: { ACTIVE: '有效', EXPIRED: '已过期', REVOKED: '已吊销' },
  overlap: '旧密钥可用至 {{time}}',
  scope: {
    ENTERPRISES: '企业档案', SELF_CHECKS: '自查与整改', WARNINGS: '重污染天气预警', SERVICES: '帮扶服务', PERSONAL_DATA: '个人信息（不打码）',
  },
  scopeHelp: {
    ENTERPRISES: '企业、排污许可、设施、环评批复、一企一策减排清单',
    SELF_CHECKS: '自查任务、自查记录及作答、问题、整改、延期申请',
    WARNINGS: '预警及其通知、回执',
    SERVICES: '培训、答疑、帮扶走访、帮扶清单',
    PERSONAL_DATA: '联系人姓名、电话及用户信息原样返回；未授予时姓名显示为“张*”、电话为“138****5678”。依《个人信息保护法》仅在确有必要时授予。',
  },
  secretTitle: '密钥已生成：只显示这一次', rotatedTitle: '新密钥已生成：只显示这一次',
  secretWarn: '请立即复制并交给合作方。系统只保存密钥的摘要，关闭后无法再次查看；遗失只能轮换。',
  example: '调用示例', tryIt: '用此密钥打开 GraphiQL', copied: '已复制',
  rotate: '轮换', rotateTitle: '轮换密钥“{{name}}”', overlapMinutes: '旧密钥继续可用（分钟）',
  rotateHelp: '生成新密钥；旧密钥在重叠期内仍可使用，方便合作方无缝切换（0 表示立即失效，最长 7 天）。',
  revoke: '吊销', revokeConfirm: '吊销密钥“{{name}}”？合作方的下一次请求起即被拒绝，且无法恢复。', revoked: '密钥“{{name}}”已吊销',
  created: '密钥“{{name}}”已创建', updated: '密钥“{{name}}”已保存',
  usage: '用量', usageTitle: '“{{name}}”近 30 日用量', requests: '已执行', cost: '消耗（点）', refusedCol: '额度不足被拒',
  totals: '合计：执行 {{requests}} 次，消耗 {{cost}} 点；{{refused}} 次因额度不足被拒。未能执行的请求（语法或校验错误、超出限制、密钥不能做的变更）不计。',
  queries: '登记的查询', queryName: '名称', query: '查询', register: '登记查询', unregister: '删除', noQueries: '尚未登记查询',
  queryHelp: '合作方发送 extensions.persistedQuery.sha256Hash 即可运行登记的查询（Apollo 格式）。',
};

const enUS: typeof zhCN = {
  title: 'Partner API',
  help: 'Read-only keys for partners — big screens, command centres, research institutes. A partner calls /query with Authorization: Bearer gck_… or X-API-Key and reads the districts and data its key opens; every answer\'s extensions.cost gives the cost and what is left of the budget.',
  graphiql: 'Try the API (GraphiQL)', add: 'New key', edit: 'Edit key', save: 'Save', search: 'Search by name',
  status: 'Status', allStatuses: 'Any status', name: 'Name', prefix: 'Prefix', districts: 'Districts', allDistricts: 'Whole city',
  scopes: 'Scopes', budget: 'Budget', budgetValue: '{{budget}} points, {{refill}} per second', refill: 'Refill per second (points)', byDefault: 'Default {{value}}', range: '{{min}}–{{max}}', pickAllDistricts: 'Pick every district of the city', expiryHelp: 'Stops working at the end of that day (Beijing time)', rotated: '“{{name}}” rotated', hashPlaceholder: 'SHA-256 of a registered query', persistedOnlyExample: 'This key runs registered queries only: register them under Usage; the partner sends their SHA-256.',
  budgetHelp: 'Each request costs points by what it asks; the budget refills every second. No request may cost more than the budget; when it is spent the API says how many seconds to wait.',
  persistedOnly: 'Registered queries only', persistedOnlyHelp: 'Runs only the queries registered for the key (sent by their SHA-256); anything else is refused.',
  expiresAt: 'Expires', noExpiry: 'No expiry', clearExpiry: 'Remove the expiry', lastUsedAt: 'Last used', createdAt: 'Created', never: 'Never', actions: 'Actions',
  empty: 'No keys yet', required: 'Required',
  statuses: { ACTIVE: 'Active', EXPIRED: 'Expired', REVOKED: 'Revoked' },
  overlap: 'Old secret works until {{time}}',
  scope: {
    ENTERPRISES: 'Enterprises', SELF_CHECKS: 'Self-checks and rectification', WARNINGS: 'Pollution warnings', SERVICES: 'Services', PERSONAL_DATA: 'Personal data (unmasked)',
  },
  scopeHelp: {
    ENTERPRISES: 'Enterprises, discharge permits, facilities, EIA approvals, emission plans',
    SELF_CHECKS: 'Inspection tasks, self-checks and their answers, findings, rectifications, extension requests',
    WARNINGS: 'Warnings, their notices and receipts',
    SERVICES: 'Trainings, Q&A, visits, the assistance list',
    PERSONAL_DATA: 'Contact names, phones and users as they are; without it names read 张* and phones 138****5678. Grant it only where needed (Personal Information Protection Law).',
  },
  secretTitle: 'The key — shown this once', rotatedTitle: 'The new key — shown this once',
  secretWarn: 'Copy it now and hand it to the partner. Only its digest is kept: once closed it cannot be shown again; a lost key can only be rotated.',
  example: 'Example', tryIt: 'Open GraphiQL with this key', copied: 'Copied',
  rotate: 'Rotate', rotateTitle: 'Rotate “{{name}}”', overlapMinutes: 'Old secret keeps working (minutes)',
  rotateHelp: 'A new secret; the old one keeps working during the overlap so the partner can switch without a gap (0: at once; at most 7 days).',
  revoke: 'Revoke', revokeConfirm: 'Revoke “{{name}}”? The partner\'s next request is refused; this cannot be undone.', revoked: '“{{name}}” revoked',
  created: '“{{name}}” created', updated: '“{{name}}” saved',
  usage: 'Usage', usageTitle: 'Usage of “{{name}}”, last 30 days', requests: 'Run', cost: 'Cost (points)', refusedCol: 'Refused: budget empty',
  totals: 'In all: {{requests}} run, {{cost}} points; {{refused}} refused for an empty budget. Requests that could not run (syntax or validation errors, over a limit, a mutation a key may not make) are not counted.',
  queries: 'Registered queries', queryName: 'Name', query: 'Query', register: 'Register a query', unregister: 'Remove', noQueries: 'No queries registered',
  queryHelp: 'The partner sends extensions.persistedQuery.sha256Hash to run a registered query (Apollo\'s form).',
};

addMessages('partner', zhCN, enUS);
