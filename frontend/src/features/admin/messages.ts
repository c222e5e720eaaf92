// The administration pages' own messages (批量导入), in both languages,
// under the "registryImport" key of the one dictionary.
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '批量导入企业档案', open: '批量导入',
  help: '按模板填写“企业”“排污许可证”“设施”“环评批复”四张表（可只填其中几张，每表最多 20,000 行）。先校验：逐行检查统一社会信用代码校验位、区县、行业代码、管理类别、日期与重复；全部通过后再导入。企业按统一社会信用代码匹配，许可证、设施、环评批复在所属企业内按许可证编号、设施编号、批复文号匹配：已登记且内容相同的不变，同一文件重复导入不会重复写入。',
  steps: { template: '下载模板', check: '上传并校验', confirm: '确认导入', done: '完成' },
  download: '下载模板（Excel）', checking: '正在上传并校验…', importing: '正在导入（每 500 行一批）…', choose: '选择文件并校验', again: '重新选择文件',
  apply: '导入（新增 {{created}}，更新 {{updated}}）', nothing: '文件与已登记的内容一致，无需导入',
  refused: '{{count}} 处问题，请修改文件后重新上传（未写入任何数据）', refusedCounts: '“行数”为文件中的全部行；新增、更新、不变只计无问题的行：改正后重新上传，被拒的企业及其记录才会计入。', checked: '校验通过，确认后写入',
  applied: '已导入：新增 {{created}}、更新 {{updated}}（各表见下）',
  sheet: '工作表', row: '行', column: '列', message: '问题', problems: '问题清单',
  enterprises: '企业', permits: '排污许可证', facilities: '设施', eiaApprovals: '环评批复', users: '企业账号', usersHelp: '新建的企业账号没有密码：请在“用户管理”中为其重置密码后交给企业。', rows: '行数', created: '新增', updated: '更新', unchanged: '不变',
  example: '“企业”表第 {{row}} 行仍是模板自带的示例企业（长沙示例环保科技有限公司），会与其他行一样导入，连同其许可证、设施、环评批复和账号；如不需要，请删去各表的示例行后重新上传。',
  toList: '查看企业', where: '{{sheet}} · 第 {{row}} 行 · {{column}}', more: '仅显示前 {{shown}} 处，共 {{count}} 处',
};

const enUS: typeof zhCN = {
  title: 'Import enterprise records', open: 'Bulk import',
  help: 'Fill the template’s sheets — Enterprises, Permits, Facilities, EIA approvals; any of them, up to 20,000 rows each. First check: every row’s credit code and check character, district, industry code, tiers, dates and duplicates; once all pass, import. Enterprises match by credit code; permits, facilities and approvals by their number, code or document number within their enterprise: what is registered the same stays unchanged, so importing a file again writes nothing twice.',
  steps: { template: 'Template', check: 'Upload and check', confirm: 'Import', done: 'Done' },
  download: 'Download the template (Excel)', checking: 'Uploading and checking…', importing: 'Importing (in batches of 500 rows)…', choose: 'Choose a file and check it', again: 'Choose another file',
  apply: 'Import ({{created}} new, {{updated}} changed)', nothing: 'The file matches what is registered: nothing to import',
  refused: '{{count}} problems: fix the file and upload it again (nothing was written)', refusedCounts: 'Rows counts every row of the file; New, Changed and Unchanged only those without problems: a refused enterprise and its records count once the file is fixed.', checked: 'Checked: confirm to write it',
  applied: 'Imported: {{created}} new, {{updated}} changed (each sheet below)',
  sheet: 'Sheet', row: 'Row', column: 'Column', message: 'Problem', problems: 'Problems',
  enterprises: 'Enterprises', permits: 'Permits', facilities: 'Facilities', eiaApprovals: 'EIA approvals', users: 'Enterprise accounts', usersHelp: 'New enterprise accounts have no password: reset it in Users and hand it to the enterprise.', rows: 'Rows', created: 'New', updated: 'Changed', unchanged: 'Unchanged',
  example: 'Row {{row}} of the Enterprises sheet is still the template’s example enterprise (长沙示例环保科技有限公司): it imports like any other row, with its permit, facility, EIA approval and account. Unless you want it, delete the example rows of each sheet and upload the file again.',
  toList: 'See the enterprises', where: '{{sheet}} · row {{row}} · {{column}}', more: 'The first {{shown}} of {{count}}',
};

addMessages('registryImport', zhCN, enUS, {
  refused: '1 problem: fix the file and upload it again (nothing was written)',
});
