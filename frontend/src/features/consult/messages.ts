// The Q&A channels' messages (在线答疑), in both languages: loaded with the
// consult pages, registered under the "consult" key of the one dictionary
// (src/app/i18n.ts).
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '在线答疑', mine: '我的咨询', ask: '我要提问', askTitle: '向驻点专家提问', queue: '答疑工作台',
  status: { OPEN: '待答复', ANSWERED: '已答复', CLOSED: '已办结' },
  confirmed: '企业已确认解决', escalated: '超时督办',
  fields: { title: '问题标题', body: '问题描述', photos: '照片或附件', item: '相关检查项', district: '答疑频道' },
  titleRequired: '请填写问题标题', bodyRequired: '请描述您的问题',
  titlePlaceholder: '一句话说明问题，例如“活性炭多久更换一次？”', bodyPlaceholder: '请说明企业情况、遇到的问题和已经做过的尝试，专家会据此答复。',
  channelHint: '问题将发送到本区县答疑频道，驻点专家和区县管理员会尽快答复。', submit: '提交问题', asked: '问题已提交，专家答复后会通知您。',
  about: '关于：{{what}}', aboutItem: '检查项 {{code}}', thread: '交流记录', you: '我',
  replyPlaceholder: '输入答复内容', followUpPlaceholder: '还有疑问？继续追问', send: '发送', sent: '已发送',
  resolve: '标记已解决', resolveConfirm: '确认该问题已答复完毕？企业会收到确认提醒。', resolved: '已标记为已解决',
  confirm: '问题已解决', confirmSure: '确认问题已经解决？确认后本次咨询结束，不能再追问。', closedNote: '本次咨询已结束。如有新的问题，请重新提问。',
  replyRequired: '请输入内容', noReplies: '等待驻点专家答复，答复后会通知您。', back: '返回在线答疑', pendingConfirm: '待您确认', lessThanMinute: '不到 1 分钟', confirmHelp: '专家的答复解决了您的问题吗？确认后本次咨询结束。', confirmedDone: '感谢确认，本次咨询已结束。',
  publish: '发布为常见问题', publishTitle: '发布为常见问题（匿名）', published: '已发布为常见问题', republish: '更新常见问题',
  publishHelp: '留空的内容将由系统从原问题和答复自动生成，并隐去企业名称、信用代码、联系人和电话。',
  faqAnswer: '答复', empty: '还没有提问。遇到环保问题，可以随时向驻点专家提问。', noQueue: '没有符合条件的问题。',
  allStatuses: '全部状态', waiting: '已等待', minutes: '{{count}} 分钟', hours: '{{count}} 小时', days: '{{count}} 天',
  askedAt: '提问时间', enterprise: '企业', district: '区县', lastChange: '最近更新', live: '实时更新',
  faq: { title: '常见问题', search: '搜索常见问题，例如“活性炭”“危废”', empty: '没有找到相关的常见问题，可以直接提问。', forItem: '常见问题（{{count}}）' },
  askAbout: { item: '就此项提问', finding: '就此问题咨询专家', notice: '就此预警咨询专家' },
  aboutFinding: '问题“{{title}}”', aboutNotice: '预警“{{title}}”',
  figures: {
    title: '答疑响应', period: '统计区间', asked: '提问', answered: '已答复', open: '待答复', escalated: '超时督办',
    median: '首次答复中位数', p90: '90% 问题在此时间内答复', byDistrict: '各区县首次答复用时（分钟）', byAnswerer: '答复人',
    answerer: '答复人', minutesUnit: '{{value}} 分钟', none: '—', hidden: '（无权查看）',
  },
};

const enUS: typeof zhCN = {
  title: 'Q&A', mine: 'My questions', ask: 'Ask a question', askTitle: 'Ask the stationed experts', queue: 'Q&A desk',
  status: { OPEN: 'Waiting for an answer', ANSWERED: 'Answered', CLOSED: 'Resolved' },
  confirmed: 'Confirmed by the enterprise', escalated: 'Escalated',
  fields: { title: 'Title', body: 'Question', photos: 'Photos or files', item: 'Checklist item', district: 'Channel' },
  titleRequired: 'Give the question a title', bodyRequired: 'Describe your question',
  titlePlaceholder: 'In one sentence, e.g. “How often should activated carbon be replaced?”', bodyPlaceholder: 'Describe your situation, the problem and what you tried; the experts answer from it.',
  channelHint: 'The question goes to your district’s channel; its stationed experts and administrators answer as soon as they can.', submit: 'Send the question', asked: 'Question sent; you will be told when an expert answers.',
  about: 'About: {{what}}', aboutItem: 'checklist item {{code}}', thread: 'Conversation', you: 'Me',
  replyPlaceholder: 'Write the answer', followUpPlaceholder: 'Still unclear? Ask a follow-up', send: 'Send', sent: 'Sent',
  resolve: 'Mark resolved', resolveConfirm: 'Has this question been fully answered? The enterprise will be asked to confirm.', resolved: 'Marked resolved',
  confirm: 'This solved it', confirmSure: 'Has your problem been solved? Confirming ends this question; no more follow-ups.', closedNote: 'This question is closed. Ask a new question for anything else.',
  replyRequired: 'Write something first', noReplies: 'Waiting for the stationed experts; you will be told when they answer.', back: 'Back to Q&A', pendingConfirm: 'Awaiting your confirmation', lessThanMinute: 'under a minute', confirmHelp: 'Did the answer solve your problem? Confirming ends this question.', confirmedDone: 'Thank you; this question is closed.',
  publish: 'Publish as FAQ', publishTitle: 'Publish as FAQ (anonymised)', published: 'Published as FAQ', republish: 'Update the FAQ entry',
  publishHelp: 'Fields left empty are written from the question and its answers, without the enterprise’s name, credit code, contacts or phone numbers.',
  faqAnswer: 'Answer', empty: 'No questions yet. Ask the stationed experts whenever an environmental question comes up.', noQueue: 'No question matches.',
  allStatuses: 'All statuses', waiting: 'Waiting', minutes: '{{count}} min', hours: '{{count}} h', days: '{{count}} d',
  askedAt: 'Asked', enterprise: 'Enterprise', district: 'District', lastChange: 'Last change', live: 'Live',
  faq: { title: 'FAQ', search: 'Search the FAQ (in Chinese), e.g. “活性炭”', empty: 'Nothing found; ask your question instead.', forItem: 'FAQ ({{count}})' },
  askAbout: { item: 'Ask about this item', finding: 'Ask the experts about this finding', notice: 'Ask the experts about this warning' },
  aboutFinding: 'the finding “{{title}}”', aboutNotice: 'the warning “{{title}}”',
  figures: {
    title: 'Response', period: 'Period', asked: 'Asked', answered: 'Answered', open: 'Waiting', escalated: 'Escalated',
    median: 'Median time to first answer', p90: '90 % answered within', byDistrict: 'Minutes to the first answer by district', byAnswerer: 'Answered by',
    answerer: 'Answered by', minutesUnit: '{{value}} min', none: '—', hidden: '(not visible to you)',
  },
};

addMessages('consult', zhCN, enUS);
