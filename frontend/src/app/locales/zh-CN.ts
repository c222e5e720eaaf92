// 中文（默认）. Keys are named after the page they belong to.
const zhCN = {
  app: { name: '环保自查自纠服务平台', short: 'GreenCheck', language: 'English', logout: '退出登录', loading: '加载中…' },
  nav: {
    home: '首页', selfCheck: '自查', rectification: '整改', messages: '消息', me: '我的',
    dashboard: '工作台', enterprises: '企业管理', findings: '问题清单', notifications: '消息中心', users: '用户管理',
  },
  roles: { CITY_ADMIN: '市局管理员', DISTRICT_ADMIN: '区县管理员', EXPERT: '驻点专家', ENTERPRISE: '企业用户' },
  login: {
    title: '登录', username: '用户名', password: '密码', submit: '登录',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码',
    expired: '登录已过期，请重新登录，您填写的内容不会丢失。',
    tagline: '企业自查 · 问题整改 · 预警响应',
  },
  errors: {
    UNAUTHENTICATED: '请重新登录', FORBIDDEN: '没有权限执行此操作', NOT_FOUND: '记录不存在或无权查看',
    BAD_USER_INPUT: '输入有误', CONFLICT: '记录已存在或已被修改', RATE_LIMITED: '尝试过于频繁，请稍后再试',
    COMPLEXITY_LIMIT_EXCEEDED: '查询过于复杂', INTERNAL: '服务器内部错误，请稍后再试',
    NETWORK: '网络连接失败，请检查网络后重试', retry: '重试',
  },
  home: {
    greeting: '您好，{{name}}', tasks: '待完成的自查任务', noTasks: '暂无待完成的自查任务，新任务下发后会在这里提醒您。',
    rectifications: '待整改问题', noRectifications: '没有待整改的问题，继续保持！', due: '整改期限 {{date}}',
    overdue: '已逾期 {{days}} 天', daysLeft: '剩余 {{days}} 天', warning: '重污染天气预警生效中：{{title}}',
    unread: '未读消息', noUnread: '没有未读消息', progress: '进度', viewAll: '查看全部',
  },
  dashboard: {
    title: '工作台', enterprises: '企业数', findings: '发现问题', closed: '已销号', rate: '整改率', overdue: '逾期未整改',
    open: '整改中', warningResponse: '预警及时响应率', byDistrict: '各区县整改率', byCategory: '问题分类统计',
    found: '发现', closedShort: '销号', noData: '暂无数据',
  },
  enterprises: {
    title: '企业管理', name: '企业名称', creditCode: '统一社会信用代码', district: '区县', industry: '行业',
    permitTier: '管理类别', grade: '绩效分级', openFindings: '未销号问题', search: '按名称或信用代码搜索',
    allDistricts: '全部区县', allTiers: '全部类别', allGrades: '全部分级', industryCode: '行业代码前缀', empty: '没有符合条件的企业，请调整筛选条件。',
    detail: '企业详情', permits: '排污许可', facilities: '生产及治污设施', eia: '环评批复', contacts: '联系人',
    address: '地址', validUntil: '有效期至', number: '编号', outlets: '排放口', approvedOn: '批复日期', acceptanceOn: '验收日期',
    document: '文号', project: '项目', code: '编号', kind: '类型', capacity: '产能', technology: '治理工艺', findings: '问题',
  },
  findings: {
    title: '问题清单', status: '状态', severity: '严重程度', dueAt: '整改期限', enterprise: '企业', source: '来源',
    overdueOnly: '只看逾期', empty: '没有符合条件的问题。', guidance: '整改方向', legalBasis: '法律依据',
    rectifications: '整改记录', measures: '整改措施', decision: '审核结果', reason: '退回原因', detail: '问题详情',
    allStatuses: '全部状态', allSeverities: '全部程度',
  },
  status: {
    FOUND: '发现', ASSIGNED: '交办', RECTIFYING: '整改中', SUBMITTED: '待核查', VERIFIED: '核查通过',
    REJECTED: '退回', CLOSED: '已销号', INVALID: '无效', PENDING: '待审核', APPROVED: '通过',
    NOT_STARTED: '未开始', IN_PROGRESS: '进行中', OPEN: '进行中',
  },
  severity: { HIGH: '严重', MEDIUM: '一般', LOW: '轻微' },
  tier: { KEY: '重点管理', SIMPLIFIED: '简化管理', REGISTRATION: '登记管理', NONE: '无需许可' },
  grade: { A: 'A级', B: 'B级', B_MINUS: 'B-级', C: 'C级', D: 'D级', LEADING: '引领性', GUARANTEE: '保障类', NONE: '未分级' },
  category: {
    EIA: '环评与验收', PERMIT: '排污许可', FACILITY: '治污设施', MONITORING: '自行监测', LEDGER: '台账与报告',
    VOC: '无组织与VOCs', HEAVY_POLLUTION: '重污染天气应急', WASTE: '危废与固废', DISCLOSURE: '信息公开', EMERGENCY: '环境应急',
  },
  notifications: { title: '消息中心', empty: '暂无消息。', markAll: '全部标为已读', unread: '未读' },
  selfCheck: { title: '自查任务', empty: '暂无自查任务。', answered: '已答 {{answered}} / {{total}} 项', dueAt: '截止 {{date}}' },
  rectification: { title: '整改', empty: '没有待整改的问题。' },
  profile: { title: '我的', grade: '绩效分级', tier: '管理类别', industry: '行业' },
  admin: {
    newEnterprise: '新增企业', editEnterprise: '编辑企业', save: '保存', required: '必填', edit: '编辑', add: '新增',
    creditCodeInvalid: '统一社会信用代码无效（18 位，末位为校验码）', industryCode: '行业代码（GB/T 4754）', industryCodeInvalid: '行业代码应为 4 位数字',
    industryName: '行业名称', longitude: '经度', latitude: '纬度', airRelated: '涉气', keySupervised: '重点监管', vocUser: '使用含 VOCs 物料', hazardousWaste: '产生危险废物',
    newPermit: '新增排污许可', newFacility: '新增设施', newEIA: '新增环评批复', issuedOn: '发证日期', dateOrder: '有效期截止日期须晚于发证日期',
    productionLine: '生产设施', controlFacility: '治污设施', capacityUnit: '产能单位', reportType: '环评类型',
    REPORT: '报告书', REPORT_FORM: '报告表', REGISTRATION_FORM: '登记表', saved: '已保存',
    users: '用户管理', newUser: '新增用户', searchUsers: '按用户名或姓名搜索', allRoles: '全部角色', role: '角色', noUsers: '没有符合条件的用户。',
    username: '用户名', displayName: '姓名', phone: '手机号', scope: '所属', status: '状态', active: '启用', inactive: '已停用', lastLogin: '最近登录',
    actions: '操作', resetPassword: '重置密码', resetConfirm: '确定重置 {{name}} 的密码？其所有设备将退出登录。',
    resetDone: '{{name}} 的新密码：{{password}}（仅显示一次，请告知本人并提醒修改）', deactivate: '停用', deactivateConfirm: '确定停用 {{name}}？',
    deactivated: '已停用 {{name}}', userCreated: '已创建用户 {{name}}', usernameRule: '3–32 位小写字母、数字或 _.-',
    initialPassword: '初始密码', passwordRule: '至少 8 位，且同时包含字母和数字', searchEnterprise: '输入企业名称搜索', typeToSearch: '请输入至少 2 个字',
  },
  common: { more: '更多', total: '共 {{total}} 条', back: '返回', yes: '是', no: '否', none: '无' },
};
export default zhCN;
export type Messages = typeof zhCN;
