// The administration pages' own messages (批量导入), in both languages,
// under the "registryImport" key of the one dictionary.
import { addMessages } from '../../app/i18n';

const zhCN = {
  title: '批量导入企业与排污许可证', open: '批量导入',
  help: '按模板填写“企业”与“排污许可证”两张表（每表最多 20,000 行）。先校验：逐行检查统一社会信用代码校验位、区县、行业代码、管理类别、日期与重复；全部通过后再导入。按统一社会信用代码与许可证编号匹配：已登记且内容相同的不变，同一文件重复导入不会重复写入。',
  steps: { template: '下载模板', check: '上传并校验', confirm: '确认导入', done: '完成' },
  download: '下载模板（Excel）', choose: '选择文件并校验', again: '重新选择文件',
  apply: '导入（新增 {{created}}，更新 {{updated}}）', nothing: '文件与已登记的内容一致，无需导入',
  refused: '{{count}} 处问题，请修改文件后重新上传（未写入任何数据）', checked: '校验通过，确认后写入',
  applied: '已导入：企业新增 {{ec}}、更新 {{eu}}；排污许可证新增 {{pc}}、更新 {{pu}}',
  sheet: '工作表', row: '行', column: '列', message: '问题', problems: '问题清单',
  enterprises: '企业', permits: '排污许可证', rows: '行数', created: '新增', updated: '更新', unchanged: '不变',
  toList: '查看企业', more: '仅显示前 {{shown}} 处，共 {{count}} 处',
};

const enUS: typeof zhCN = {
  title: 'Import enterprises and permits', open: 'Bulk import',
  help: 'Fill the template’s two sheets, Enterprises and Permits (up to 20,000 rows each). First check: every row’s credit code and check character, district, industry code, tiers, dates and duplicates; once all pass, import. Rows match by credit code and permit number: what is already registered the same stays unchanged, so importing a file again writes nothing twice.',
  steps: { template: 'Template', check: 'Upload and check', confirm: 'Import', done: 'Done' },
  download: 'Download the template (Excel)', choose: 'Choose a file and check it', again: 'Choose another file',
  apply: 'Import ({{created}} new, {{updated}} changed)', nothing: 'The file matches what is registered: nothing to import',
  refused: '{{count}} problems: fix the file and upload it again (nothing was written)', checked: 'Checked: confirm to write it',
  applied: 'Imported: enterprises {{ec}} new, {{eu}} changed; permits {{pc}} new, {{pu}} changed',
  sheet: 'Sheet', row: 'Row', column: 'Column', message: 'Problem', problems: 'Problems',
  enterprises: 'Enterprises', permits: 'Permits', rows: 'Rows', created: 'New', updated: 'Changed', unchanged: 'Unchanged',
  toList: 'See the enterprises', more: 'The first {{shown}} of {{count}}',
};

addMessages('registryImport', zhCN, enUS);
