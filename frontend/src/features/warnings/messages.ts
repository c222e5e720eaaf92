// The warnings' messages (重污染天气预警), in both languages: loaded with the
// warning pages (all lazy), never on the first load; registered under the
// "warning" key of the one dictionary (src/app/i18n.ts).
import { addMessages } from '../../app/i18n';

const zhCN = {
  paren: '（{{what}}）', districtsColumn: '预警区县', listSep: '、', withCount: '{{what}}（{{count}}）',
  confirmPublishDraft: '发布后将立即推送给全部接收企业，不能撤回。确定发布？',
  title: '重污染天气预警', publish: '发布预警', newDraft: '新建预警', editDraft: '编辑草稿', notEditable: '该预警已发布，不能再修改；请在预警页面升级、降级、延长或解除。', empty: '暂无预警。', draft: '草稿',
  level: { YELLOW: '黄色预警', ORANGE: '橙色预警', RED: '红色预警' },
  response: { YELLOW: 'Ⅲ级响应', ORANGE: 'Ⅱ级响应', RED: 'Ⅰ级响应' },
  status: { DRAFT: '草稿', ACTIVE: '已发布', LIFTED: '已解除' },
  phase: { upcoming: '即将生效', inEffect: '生效中', superseded: '已有新的通知', lifted: '已解除' },
  kind: { PUBLISH: '发布', UPGRADE: '升级', DOWNGRADE: '降级', EXTEND: '延长', LIFT: '解除' },
  action: { STOP: '停产', LIMIT: '限产', RUN: '正常生产' },
  reportStatus: { DONE: '已落实', PARTLY: '部分落实', NOT_POSSIBLE: '无法落实' },
  fields: {
    title: '标题', level: '预警级别', districts: '预警区县（不选为全部）', effectiveFrom: '生效时间', effectiveTo: '计划结束时间', liftedAt: '解除时间', lifted: '已解除 {{time}}',
    content: '预警内容及全市通用管控措施', ackSLA: '确认时限（分钟）', reportSLA: '上报时限（分钟）', repush: '未确认再次推送（分钟）', call: '未确认电话督促（分钟）',
  },
  defaults: '未制定一厂一策的企业按绩效分级执行：',
  recipients: '接收企业：{{count}} 家（在产涉气企业）', byDistrict: '按区县', byGrade: '按绩效分级',
  saveDraft: '保存草稿', publishNow: '保存并发布', confirmPublish: '向 {{count}} 家企业发布该预警？发布后将立即推送，不能撤回。',
  effective: '生效：{{from}}', until: '至 {{to}}', round: '第 {{n}} 轮（{{kind}}）', rounds: '发布记录',
  adjust: { title: '调整预警', upgrade: '升级', downgrade: '降级', extend: '延长', lift: '解除预警', newLevel: '新的级别', newEnd: '新的结束时间', content: '说明', confirm: '{{action}}将向全部接收企业推送新的通知，需重新确认收到。确定{{action}}？', confirmLift: '解除该预警？所有企业将收到解除通知。', takesEffect: '新级别于原定生效时间 {{time}} 生效。', takesEffectNow: '新级别立即生效。' },
  board: {
    draft: '草稿尚未发布。发布后，这里实时显示每家企业的送达、阅读、确认和上报情况。',
    title: '响应情况', targeted: '推送企业', delivered: '已送达', read: '已阅读', acknowledged: '已确认', ackInTime: '按时确认',
    reported: '已上报', reportedInTime: '按时上报', evidence: '附证据', timely: '及时响应率', median: '确认用时中位数',
    minutes: '{{n}} 分钟', live: '实时更新', export: '导出响应台账', repushed: '已再次推送', onCallList: '待电话督促', notDelivered: '未送达', checked: '已抽查', spotCheckRate: '抽查合格率', byDistrict: '各区县响应', byRound: '各轮次',
  },
  receipt: {
    DELIVERED: '已送达', NOT_DELIVERED: '未送达', READ: '已阅读', NOT_READ: '未阅读', ACKNOWLEDGED: '已确认', NOT_ACKNOWLEDGED: '未确认',
    ACKNOWLEDGED_IN_TIME: '按时确认', ACKNOWLEDGED_LATE: '超时确认', REPORTED: '已上报', NOT_REPORTED: '未上报', REPORTED_IN_TIME: '按时上报',
    WITH_EVIDENCE: '附证据', REPUSHED: '已再次推送', ON_CALL_LIST: '待电话督促', CHECKED: '已抽查', CHECK_PASSED: '抽查合格', CHECK_FAILED: '抽查不合格',
  },
  receipts: { label: '响应情况', all: '全部响应情况', allGrades: '全部分级', search: '搜索企业名称', none: '本轮没有推送企业。', noneMatch: '没有符合条件的企业。', show: '查看这些企业' },
  plan: {
    title: '应急减排清单（一厂一策）', year: '{{year}} 年度', none: '尚未制定应急减排清单；预警时按绩效分级执行通用措施。', create: '制定 {{year}} 年度清单', edit: '编辑清单', declare: '申报自主减排措施',
    gradeDiffers: '{{year}} 年度清单的绩效分级为{{plan}}，企业档案中为{{register}}：该年度的预警按清单的分级推送措施。',
    selfDeclared: '企业自主申报', byDistrict: '管理部门制定', gradeIs: '绩效分级：', limitTo: '限产至 {{n}}%', defaults: '未列出的级别按绩效分级的通用措施执行。', updatedAt: '更新于 {{at}}', grade: '绩效分级', note: '说明', level: '预警级别', process: '生产线/工序', facility: '对应设施',
    action: '措施', limitPercent: '限产至（%）', reductions: '减排量（千克/日）', unit: '千克/日', addMeasure: '添加措施', save: '保存清单', saved: '清单已保存。', empty: '该级别无措施',
    declareHelp: 'A 级、引领性和保障类企业可自主申报本企业各预警级别下的减排措施，保存后下一次预警将按此推送；绩效分级由分局认定。',
    confirmRemove: '删除这条措施？', remove: '删除措施', count: '{{count}} 条措施',
  },
  plans: {
    title: '应急减排清单导入', year: '年度', choose: '选择 Excel 清单并检查', apply: '确认导入（{{count}} 家企业的清单将新建或更新）',
    applied: '{{year}} 年清单已导入。', refused: '有 {{count}} 处内容无法导入，请修改后重新选择文件；未做任何修改。',
    help: '第一个工作表：首行为表头，之后每行为一家企业的一条生产线/工序在一个预警级别下的措施，列依次为：统一社会信用代码、企业名称、绩效分级（A级…未分级）、预警级别（黄色/橙色/红色）、生产线/工序、措施（停产/限产/正常生产）、限产比例(%)、SO2、NOx、PM、VOCs（千克/日）、设施编号（可选）。选择文件后先检查，确认无误再导入；清单中的企业本年度的清单将被替换。',
    rows: '行数', enterprises: '企业', created: '新建', updated: '更新', unchanged: '不变', problems: '无法导入的内容', row: '行', column: '列', message: '问题',
    changes: '导入结果', check: '检查结果（尚未导入）', measures: '措施数', action: { CREATE: '新建', UPDATE: '更新', UNCHANGED: '不变' },
  },
  channels: {
    title: '预警推送渠道', add: '新增渠道', edit: '编辑渠道', save: '保存', empty: '尚未配置推送渠道。', name: '名称', kind: '类型', url: '推送地址',
    secret: '签名密钥', secretHelp: '通用 Webhook 用于 HMAC-SHA256 签名，钉钉机器人为“加签”密钥；留空则不修改，保存后不再显示。', active: '启用',
    help: '每次发布、升级、降级、延长或解除预警，以及企业超时未确认时，都会向启用的渠道推送一条消息；失败自动重试并记录每次投递。',
    kinds: { GENERIC: '通用 Webhook（JSON，签名）', WECOM: '企业微信群机器人', DINGTALK: '钉钉群机器人' },
    deliveries: '外部推送', status: { PENDING: '待发送', DELIVERED: '已送达', FAILED: '已放弃' }, attempts: '尝试次数', lastError: '结果', redeliver: '重新推送', channel: '渠道',
  },
  checks: {
    title: '抽查', save: '保存抽查结果', mode: '方式', modes: { ON_SITE: '现场检查', REMOTE: '非现场（在线监测、用电、视频）' }, verdict: '结论',
    compliant: '合格', notCompliant: '不合格', note: '检查情况', saved: '抽查结果已保存。', findingOpened: '已生成问题，进入整改闭环。', openFinding: '查看问题', receipts: '企业响应明细',
  },
  calls: {
    title: '电话督促名单', empty: '没有需要电话督促的企业。', enterprise: '企业', contacts: '联系人', last: '最近通话', record: '记录通话',
    outcome: { REACHED: '已接通', NO_ANSWER: '无人接听', WRONG_NUMBER: '号码有误', REFUSED: '拒绝配合' }, note: '备注',
  },
  notice: {
    banner: '{{level}} · {{kind}}', countdown: '距生效还有 {{time}}', inEffect: '已生效', acknowledge: '确认收到',
    acknowledged: '已确认收到（{{time}}）', yourMeasures: '本企业减排措施（一厂一策）', report: '上报措施落实情况',
    reportTitle: '措施落实上报', reported: '已上报 {{n}} 次，最近 {{time}}', dailyUpdate: '更新今日落实情况', note: '补充说明',
    percent: '已达到要求减排量的百分比', reason: '无法落实的原因', submit: '提交上报', submitted: '已上报',
    history: '预警通知', open: '查看并上报', lifted: '预警已解除，请确认收到并有序恢复生产。', liftedShort: '预警已解除',
    pending: '待确认', readAll: '查看全部预警通知',
  },
};

const enUS: typeof zhCN = {
  paren: ' ({{what}})', districtsColumn: 'Districts', listSep: ', ', withCount: '{{what}} ({{count}})',
  confirmPublishDraft: 'Publishing pushes the warning to every recipient at once and cannot be undone. Publish it?',
  title: 'Heavy-pollution warnings', publish: 'Publish a warning', newDraft: 'New warning', editDraft: 'Edit the draft', notEditable: 'This warning is published and can no longer change: upgrade, downgrade, extend or lift it on its page.', empty: 'No warnings.', draft: 'Draft',
  level: { YELLOW: 'Yellow warning', ORANGE: 'Orange warning', RED: 'Red warning' },
  response: { YELLOW: 'Level III response', ORANGE: 'Level II response', RED: 'Level I response' },
  status: { DRAFT: 'Draft', ACTIVE: 'Published', LIFTED: 'Lifted' },
  phase: { upcoming: 'Not yet in effect', inEffect: 'In effect', superseded: 'Superseded by a later notice', lifted: 'Lifted' },
  kind: { PUBLISH: 'Published', UPGRADE: 'Upgraded', DOWNGRADE: 'Downgraded', EXTEND: 'Extended', LIFT: 'Lifted' },
  action: { STOP: 'Stop', LIMIT: 'Limit', RUN: 'Keep running' },
  reportStatus: { DONE: 'Done', PARTLY: 'Partly', NOT_POSSIBLE: 'Not possible' },
  fields: {
    title: 'Title', level: 'Level', districts: 'Districts (none: all)', effectiveFrom: 'Takes effect', effectiveTo: 'Planned end', liftedAt: 'Lifted at', lifted: 'Lifted {{time}}',
    content: 'Announcement and city-wide measures', ackSLA: 'Acknowledge within (minutes)', reportSLA: 'Report within (minutes)', repush: 'Push again after (minutes)', call: 'Call list after (minutes)',
  },
  defaults: 'Enterprises without a one-plant plan, by grade:',
  recipients: 'Recipients: {{count}} enterprises (active, air-related)', byDistrict: 'By district', byGrade: 'By grade',
  saveDraft: 'Save draft', publishNow: 'Save and publish', confirmPublish: 'Publish this warning to {{count}} enterprises? It is pushed at once and cannot be withdrawn.',
  effective: 'In force from {{from}}', until: 'to {{to}}', round: 'Round {{n}} ({{kind}})', rounds: 'History',
  adjust: { title: 'Adjust', upgrade: 'Upgrade', downgrade: 'Downgrade', extend: 'Extend', lift: 'Lift the warning', newLevel: 'New level', newEnd: 'New end', content: 'Note', confirm: '{{action}}: every recipient gets a new notice to acknowledge. Go on?', confirmLift: 'Lift this warning? Every enterprise is notified.', takesEffect: 'The new level takes effect at the planned start, {{time}}.', takesEffectNow: 'The new level takes effect at once.' },
  board: {
    draft: 'This draft is not published yet. Once published, each enterprise’s delivery, reading, acknowledgement and report appear here live.',
    title: 'Response', targeted: 'Pushed', delivered: 'Delivered', read: 'Read', acknowledged: 'Acknowledged', ackInTime: 'Acknowledged in time',
    reported: 'Reported', reportedInTime: 'Reported in time', evidence: 'With evidence', timely: 'Timely response rate', median: 'Median time to acknowledge',
    minutes: '{{n}} min', live: 'Live', export: 'Export the receipts', repushed: 'Pushed again', onCallList: 'To call', notDelivered: 'Not delivered', checked: 'Spot-checked', spotCheckRate: 'Spot checks passed', byDistrict: 'By district', byRound: 'By round',
  },
  receipt: {
    DELIVERED: 'Delivered', NOT_DELIVERED: 'Not delivered', READ: 'Read', NOT_READ: 'Not read', ACKNOWLEDGED: 'Acknowledged', NOT_ACKNOWLEDGED: 'Not acknowledged',
    ACKNOWLEDGED_IN_TIME: 'Acknowledged in time', ACKNOWLEDGED_LATE: 'Acknowledged late', REPORTED: 'Reported', NOT_REPORTED: 'Not reported', REPORTED_IN_TIME: 'Reported in time',
    WITH_EVIDENCE: 'With evidence', REPUSHED: 'Pushed again', ON_CALL_LIST: 'To call', CHECKED: 'Spot-checked', CHECK_PASSED: 'Passed the check', CHECK_FAILED: 'Failed the check',
  },
  receipts: { label: 'Response', all: 'Every response', allGrades: 'Every grade', search: 'Search by name', none: 'No enterprise was pushed this round.', noneMatch: 'No enterprise matches.', show: 'Show these enterprises' },
  plan: {
    title: 'Emission-reduction plan (one plan per plant)', year: '{{year}}', none: 'No plan yet: warnings apply the grade\'s default measures.', create: 'Draw up the {{year}} plan', edit: 'Edit the plan', declare: 'Declare own measures',
    gradeDiffers: 'The {{year}} plan grades it {{plan}}, the register {{register}}: that year’s warnings carry the plan’s grade and its measures.',
    selfDeclared: 'Declared by the enterprise', byDistrict: 'Set by the authorities', gradeIs: 'Performance grade: ', limitTo: 'Limit to {{n}}%', defaults: 'A level without measures here follows the grade\'s default measures.', updatedAt: 'Updated {{at}}', grade: 'Performance grade', note: 'Note', level: 'Level', process: 'Line or process', facility: 'Facility',
    action: 'Measure', limitPercent: 'Limit to (%)', reductions: 'Reductions (kg/day)', unit: 'kg/day', addMeasure: 'Add a measure', save: 'Save the plan', saved: 'Plan saved.', empty: 'No measures at this level',
    declareHelp: 'A-grade, leading and livelihood-guarantee enterprises declare their own measures per warning level; the next warning carries them. The grade is set by the district.',
    confirmRemove: 'Remove this measure?', remove: 'Remove the measure', count: '{{count}} measures',
  },
  plans: {
    title: 'Emission-plan import', year: 'Year', choose: 'Choose the Excel list and check it', apply: 'Import ({{count}} enterprises’ plans created or updated)',
    applied: 'The {{year}} list is imported.', refused: '{{count}} cells cannot be imported; fix them and choose the file again. Nothing was changed.',
    help: 'First sheet: a header row, then one row per enterprise, line or process and level, with the columns: credit code, name, grade (A…none), level (yellow/orange/red), line or process, measure (stop/limit/keep running), limit (%), SO2, NOx, PM, VOCs (kg a day), facility code (optional). The file is checked first; importing replaces the year’s plans of the enterprises it names.',
    rows: 'Rows', enterprises: 'Enterprises', created: 'New', updated: 'Updated', unchanged: 'Unchanged', problems: 'Cells that cannot be imported', row: 'Row', column: 'Column', message: 'Problem',
    changes: 'Result', check: 'Check (nothing imported yet)', measures: 'Measures', action: { CREATE: 'New', UPDATE: 'Updated', UNCHANGED: 'Unchanged' },
  },
  channels: {
    title: 'Warning channels', add: 'Add a channel', edit: 'Edit the channel', save: 'Save', empty: 'No channel yet.', name: 'Name', kind: 'Kind', url: 'Address',
    secret: 'Signing secret', secretHelp: 'HMAC-SHA256 key of the generic webhook, or the DingTalk robot’s signing secret; left empty it stays unchanged, and it is never shown again.', active: 'Active',
    help: 'Every publication, upgrade, downgrade, extension and lifting — and enterprises late to acknowledge — is pushed to the active channels; failures are retried and every attempt is logged.',
    kinds: { GENERIC: 'Generic webhook (signed JSON)', WECOM: 'WeCom group robot', DINGTALK: 'DingTalk group robot' },
    deliveries: 'Outbound deliveries', status: { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Given up' }, attempts: 'Attempts', lastError: 'Result', redeliver: 'Send again', channel: 'Channel',
  },
  checks: {
    title: 'Spot check', save: 'Save the check', mode: 'How', modes: { ON_SITE: 'On site', REMOTE: 'Remote (monitoring, power, video)' }, verdict: 'Verdict',
    compliant: 'Compliant', notCompliant: 'Not compliant', note: 'What was found', saved: 'The check is saved.', findingOpened: 'A finding was opened; it enters the rectification loop.', openFinding: 'Open the finding', receipts: 'Enterprises’ responses',
  },
  calls: {
    title: 'Call list', empty: 'No enterprise to call.', enterprise: 'Enterprise', contacts: 'Contacts', last: 'Last call', record: 'Record the call',
    outcome: { REACHED: 'Reached', NO_ANSWER: 'No answer', WRONG_NUMBER: 'Wrong number', REFUSED: 'Refused' }, note: 'Note',
  },
  notice: {
    banner: '{{level}} · {{kind}}', countdown: 'Takes effect in {{time}}', inEffect: 'In force', acknowledge: 'Acknowledge',
    acknowledged: 'Acknowledged ({{time}})', yourMeasures: 'Your measures (one-plant plan)', report: 'Report the measures',
    reportTitle: 'Measures report', reported: 'Reported ({{n}}×), last {{time}}', dailyUpdate: 'Update today’s report', note: 'Note',
    percent: 'Share of the required reduction achieved (%)', reason: 'Why it is not possible', submit: 'Submit the report', submitted: 'Reported',
    history: 'Warning notices', open: 'Open and report', lifted: 'The warning is lifted: acknowledge, then resume production in order.', liftedShort: 'Lifted',
    pending: 'To acknowledge', readAll: 'All warning notices',
  },
};

addMessages('warning', zhCN, enUS);
