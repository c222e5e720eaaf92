// The legal bases (法规依据) in both languages: loaded with their pages,
// registered under the "laws" key of the one dictionary (src/app/i18n.ts).
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '法规依据', intro: '自查清单引用的法律、法规、标准和文件，以及引用各条款的检查项。',
  kind: { LAW: '法律', REGULATION: '行政法规', RULE: '部门规章及名录', STANDARD: '标准', DOCUMENT: '规范性文件', OTHER: '其他要求' },
  items: '{{count}} 个检查项引用', whole: '整体引用（未指明条款）', official: '官方文本', officialHint: '（在{{site}}按名称“{{name}}”检索）',
  noSource: '无公开文本，具体要求见下列检查项的说明', citedBy: '引用此条的检查项', back: '全部法规依据', empty: '当前清单没有引用法规。',
};

const enUS: typeof zhCN = {
  title: 'Legal bases', intro: 'The laws, regulations, standards and documents the self-check checklist cites, and the items citing each article.',
  kind: { LAW: 'Law', REGULATION: 'Administrative regulation', RULE: 'Ministerial rule or catalogue', STANDARD: 'Standard', DOCUMENT: 'Normative document', OTHER: 'Other requirement' },
  items: 'Checklist items citing it: {{count}}', whole: 'Cited as a whole (no article named)', official: 'Official text', officialHint: ' (search {{site}} for “{{name}}”)',
  noSource: 'No published text; the items below say what it requires', citedBy: 'Items citing it', back: 'All legal bases', empty: 'The checklist in force cites no instrument.',
};

addMessages('laws', zhCN, enUS);
