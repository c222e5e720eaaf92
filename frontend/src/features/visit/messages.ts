// Visits (帮扶 / 会诊) and the problem list (问题清单) in both languages:
// loaded with their pages, registered under the "visit" key of the one
// dictionary (src/app/i18n.ts).
import { addMessages } from '../../app/i18n';

const zhCN = {
  problems: '帮扶清单', problemsHelp: '由系统根据逾期问题、多次退回、预警未确认等情况自动生成；问题消除后企业自动移出清单。',
  reason: {
    OVERDUE_FINDINGS: '问题逾期未整改', REPEATED_REJECTIONS: '整改两次以上被退回', HIGH_SEVERITY_PAST_HALF: '严重问题整改期限过半',
    WARNING_NOT_ACKNOWLEDGED: '预警通知未按时确认', SELF_CHECK_OVERDUE: '自查逾期未提交', QUESTION_UNRESOLVED: '咨询 3 天未解决',
  },
  reasonCount: '{{label}} {{count}}', allReasons: '全部原因', enterprise: '企业', reasons: '原因', planned: '已安排帮扶',
  plan: '安排帮扶', planTitle: '安排帮扶：{{name}}', kind: { ASSISTANCE: '帮扶', CONSULTATION: '专家会诊' }, kindLabel: '类型',
  scheduledOn: '日期', team: '帮扶人员', teamRequired: '请选择帮扶人员', dateRequired: '请选择日期', plannedDone: '已安排，帮扶人员和企业会收到通知。',
  empty: '清单为空：辖区内暂无需要帮扶的企业。', visits: '帮扶记录', noVisits: '暂无帮扶记录。',
  status: { PLANNED: '已安排', HELD: '已开展', CANCELLED: '已取消' },
  detail: '帮扶详情', heldOn: '开展日期', notes: '现场情况', photos: '现场照片', findings: '现场发现的问题', planSummary: '一企一策（整改方案）',
  steps: '整改措施', measure: '措施', responsible: '责任人', dueOn: '完成时限', confirmed: '企业已确认收到', waitingConfirm: '等待企业确认',
  record: '记录帮扶情况', recordTitle: '记录帮扶情况', notesRequired: '请填写现场情况', addProblem: '添加发现的问题', addStep: '添加整改措施',
  problemTitle: '问题', problemDescription: '说明', severity: '严重程度', dueAt: '整改期限', remove: '删除', recorded: '已记录，企业会收到确认提醒。',
  confirm: '确认收到', confirmHelp: '请查看帮扶记录、发现的问题和整改方案，确认已收到。', confirmedDone: '已确认收到。',
  titleOf: '{{kind}}：{{name}}', person: '{{name}}（{{role}}）', confirmedAt: '企业已确认收到（{{time}}）',
  recordSure: '记录后将通知企业确认，记录不能修改。本次记录 {{count}} 个问题，将列入企业整改。确认记录？',
  problemRequired: '请填写问题', measureRequired: '请填写措施', lastVisit: '最近帮扶', reasonEnterprises: '{{label}}（{{count}} 家）',
  notYetHeld: '帮扶尚未开展。', back: '返回', cancel: '取消帮扶', cancelSure: '确定取消这次帮扶？帮扶人员和企业会收到通知。', cancelled: '已取消。',
};

const enUS: typeof zhCN = {
  problems: 'Assistance list', problemsHelp: 'Computed from overdue findings, repeated rejections, unacknowledged warnings and the like; an enterprise leaves the list when its reasons are gone.',
  reason: {
    OVERDUE_FINDINGS: 'Overdue findings', REPEATED_REJECTIONS: 'Rejected twice or more', HIGH_SEVERITY_PAST_HALF: 'Severe findings past half their time',
    WARNING_NOT_ACKNOWLEDGED: 'Warnings not acknowledged in time', SELF_CHECK_OVERDUE: 'Self-checks overdue', QUESTION_UNRESOLVED: 'Questions unresolved for 3 days',
  },
  reasonCount: '{{label}} {{count}}', allReasons: 'All reasons', enterprise: 'Enterprise', reasons: 'Reasons', planned: 'Visit planned',
  plan: 'Plan a visit', planTitle: 'Plan a visit: {{name}}', kind: { ASSISTANCE: 'Assistance', CONSULTATION: 'Expert consultation' }, kindLabel: 'Kind',
  scheduledOn: 'Date', team: 'Team', teamRequired: 'Choose who goes', dateRequired: 'Choose a date', plannedDone: 'Planned; the team and the enterprise are told.',
  empty: 'The list is empty: no enterprise of your scope needs a visit.', visits: 'Visits', noVisits: 'No visits yet.',
  status: { PLANNED: 'Planned', HELD: 'Held', CANCELLED: 'Cancelled' },
  detail: 'Visit', heldOn: 'Held on', notes: 'What was seen', photos: 'Photos', findings: 'Problems found on site', planSummary: 'Tailored plan (一企一策)',
  steps: 'Measures', measure: 'Measure', responsible: 'Responsible', dueOn: 'Due', confirmed: 'Received by the enterprise', waitingConfirm: 'Awaiting the enterprise’s confirmation',
  record: 'Record the visit', recordTitle: 'Record the visit', notesRequired: 'Describe what was seen', addProblem: 'Add a problem found', addStep: 'Add a measure',
  problemTitle: 'Problem', problemDescription: 'Details', severity: 'Severity', dueAt: 'Deadline', remove: 'Remove', recorded: 'Recorded; the enterprise is asked to confirm.',
  confirm: 'Confirm receipt', confirmHelp: 'Read the record, the problems found and the plan, then confirm you received them.', confirmedDone: 'Receipt confirmed.',
  titleOf: '{{kind}}: {{name}}', person: '{{name}} ({{role}})', confirmedAt: 'Received by the enterprise ({{time}})',
  recordSure: 'The enterprise will be asked to confirm, and the record cannot be changed. {{count}} problems will go to the enterprise for rectification. Record it?',
  problemRequired: 'Describe the problem', measureRequired: 'Describe the measure', lastVisit: 'Last visit', reasonEnterprises: '{{label}} ({{count}} enterprises)',
  notYetHeld: 'The visit has not taken place yet.', back: 'Back', cancel: 'Call off the visit', cancelSure: 'Call off this visit? The team and the enterprise will be told.', cancelled: 'Called off.',
};

addMessages('visit', zhCN, enUS, {
  recordSure: 'The enterprise will be asked to confirm, and the record cannot be changed. 1 problem will go to the enterprise for rectification. Record it?',
  reasonEnterprises: '{{label}} (1 enterprise)',
});

/** The problem-list reasons the dictionary labels, in the server's order (ProblemReason). */
export const problemReasons = Object.keys(zhCN.reason) as (keyof typeof zhCN.reason)[];
