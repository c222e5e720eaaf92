// Trainings' messages (培训) in both languages, registered under the
// "training" key of the one dictionary (src/app/i18n.ts).
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '培训学习', manage: '培训管理', schedule: '安排培训', scheduled: '培训已安排。', empty: '暂无培训。',
  kind: { LIVE: '直播', RECORDED: '录播' }, audience: { ENTERPRISES: '企业环保负责人', ADMINISTRATORS: '管理人员', EVERYONE: '全部人员' },
  fields: {
    title: '培训名称', description: '内容介绍', kind: '形式', startsAt: '开始时间', duration: '时长（分钟）', completion: '完成标准（观看分钟）',
    completionHelp: '留空按时长的 80% 计', liveURL: '直播链接', replayURL: '回放链接', audience: '面向', districts: '区县（留空为全市）', ownDistricts: '区县',
    industries: '行业（国民经济行业代码前缀，留空为全部行业）', industriesShort: '行业', industriesHelp: '如 26（化学原料和化学制品制造业）、2319（包装装潢印刷）；企业行业代码以其中之一开头才能看到本培训。',
  },
  titleRequired: '请填写培训名称', dateRequired: '请选择开始时间',
  minutes: '{{count}} 分钟', register: '报名', registered: '已报名', join: '进入直播', completed: '已完成',
  watched: '已观看 {{watched}} / {{threshold}} 分钟', noReplay: '回放尚未上线。', replay: '观看回放', upcoming: '即将开始', past: '已结束',
  coverage: '培训覆盖', byDistrict: '各区县参训企业', registeredCount: '报名企业', attended: '参训企业', completedCount: '完成企业', heads: '参训负责人',
  uncovered: '尚未参训企业 {{count}} 家', enterprises: '企业总数', wholeCity: '全市', allIndustries: '全部行业', replayBroken: '回放无法在此播放', openReplay: '在新窗口打开回放链接', coverageOf: '培训覆盖：{{title}}', allTrainings: '查看全部培训', meantFor: '面向企业', notReached: '其中 {{count}} 家尚未报名',
  materials: '培训资料', noMaterials: '暂无资料', manageMaterials: '管理资料', materialsOf: '培训资料：{{title}}', addMaterials: '上传资料',
  materialsHint: 'PDF 课件、讲义或图片，单个不超过 10 MB，每次最多 9 个；参训对象可在培训页面查看。', remove: '删除', removeMaterialSure: '删除资料“{{name}}”？', materialCount: '{{count}} 份', replayOnline: '已上线', setReplay: '设置回放链接', save: '保存',
};

const enUS: typeof zhCN = {
  title: 'Training', manage: 'Trainings', schedule: 'Schedule a training', scheduled: 'Training scheduled.', empty: 'No trainings yet.',
  kind: { LIVE: 'Live', RECORDED: 'Recorded' }, audience: { ENTERPRISES: 'Enterprise heads', ADMINISTRATORS: 'Administrators', EVERYONE: 'Everyone' },
  fields: {
    title: 'Title', description: 'About', kind: 'Form', startsAt: 'Starts', duration: 'Duration (minutes)', completion: 'Completed after (minutes watched)',
    completionHelp: 'Empty: 80 % of the duration', liveURL: 'Live link', replayURL: 'Replay link', audience: 'For', districts: 'Districts (empty: the whole city)', ownDistricts: 'Districts',
    industries: 'Industries (GB/T 4754 code prefixes; empty: every industry)', industriesShort: 'Industries', industriesHelp: 'e.g. 26 (chemicals), 2319 (packaging printing); an enterprise sees the training only when its industry code starts with one of them.',
  },
  titleRequired: 'Give the training a title', dateRequired: 'Choose when it starts',
  minutes: '{{count}} min', register: 'Register', registered: 'Registered', join: 'Join the live session', completed: 'Completed',
  watched: 'Watched {{watched}} / {{threshold}} min', noReplay: 'The replay is not online yet.', replay: 'Watch the replay', upcoming: 'Upcoming', past: 'Ended',
  coverage: 'Coverage', byDistrict: 'Enterprises trained by district', registeredCount: 'Registered', attended: 'Attended', completedCount: 'Completed', heads: 'Heads trained',
  uncovered: '{{count}} enterprises not yet trained', enterprises: 'Enterprises', wholeCity: 'Whole city', allIndustries: 'Every industry', replayBroken: 'The replay cannot be played here', openReplay: 'Open the replay link in a new window', coverageOf: 'Coverage: {{title}}', allTrainings: 'All trainings', meantFor: 'Enterprises it is for', notReached: '{{count}} of them not registered',
  materials: 'Materials', noMaterials: 'No materials yet', manageMaterials: 'Manage materials', materialsOf: 'Materials: {{title}}', addMaterials: 'Upload materials',
  materialsHint: 'PDF slides, handouts or images, at most 10 MB each and 9 at a time; those the training is for see them on its page.', remove: 'Remove', removeMaterialSure: 'Remove “{{name}}”?', materialCount: '{{count}}', replayOnline: 'Online', setReplay: 'Set the replay link', save: 'Save',
};

addMessages('training', zhCN, enUS, {
  uncovered: '1 enterprise not yet trained',
  notReached: '1 of them not registered',
});
