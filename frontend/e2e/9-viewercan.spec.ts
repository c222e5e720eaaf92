// What each role is offered follows the API's verdicts (me.can, viewerCan),
// never a role or status written in the SPA. Issues a task and submits a
// rectification, so it runs after everything that checks figures.
import { expect, test, type Page } from '@playwright/test';
import { api, desktop, login, phone, screenshot } from './helpers';

const dashboard = async (p: Page) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); };
const menu = (p: Page) => p.locator('nav.side-menu');

test('tasks: furong may extend and close its district\'s task, not one reaching another district; the expert neither', async ({ browser }) => {
  const admin = await (await browser.newContext({ viewport: desktop })).newPage();
  const furong = await (await browser.newContext({ viewport: desktop })).newPage();
  const expert = await (await browser.newContext({ viewport: desktop })).newPage();
  await login(admin, 'admin', dashboard);

  // A task reaching 芙蓉区 and 岳麓区: furong sees it, but does not manage it.
  const data = await api<{ districts: { edges: { node: { id: string; nameZh: string } }[] }; checklistTemplates: { edges: { node: { id: string } }[] } }>(admin,
    `{ districts(first: 20) { edges { node { id nameZh } } }
       checklistTemplates(first: 1, where: { status: PUBLISHED }) { edges { node { id } } } }`);
  const district = (name: string) => data.districts.edges.find((e) => e.node.nameZh === name)!.node.id;
  const title = `E2E 跨区专项自查 ${Date.now()}`;
  const issued = await api<{ issueInspectionTask: { task: { id: string } } }>(admin,
    `mutation($input: IssueInspectionTaskInput!) { issueInspectionTask(input: $input) { task { id } } }`,
    { input: { templateID: data.checklistTemplates.edges[0].node.id, title, dueAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
      scope: { districtIDs: [district('芙蓉区'), district('岳麓区')] } } });
  const shared = `/tasks/${issued.issueInspectionTask.task.id}`;

  await login(furong, 'furong', dashboard);
  await menu(furong).getByRole('link', { name: '自查任务' }).click();
  await expect(furong.getByRole('button', { name: '下发自查任务' })).toBeVisible();
  await furong.getByRole('link', { name: '2026年冬季重污染天气应对专项自查' }).click();
  await expect(furong.getByRole('heading', { name: '2026年冬季重污染天气应对专项自查' })).toBeVisible();
  await expect(furong.getByRole('button', { name: '延期', exact: true })).toBeVisible();
  await expect(furong.getByRole('button', { name: '结束任务' })).toBeVisible();
  const own = new URL(furong.url()).pathname;

  await furong.goto(shared);
  await expect(furong.getByRole('heading', { name: title })).toBeVisible();
  await expect(furong.getByRole('button', { name: '延期', exact: true })).toHaveCount(0);
  await expect(furong.getByRole('button', { name: '结束任务' })).toHaveCount(0);

  // The city manages both.
  await admin.goto(shared);
  await expect(admin.getByRole('heading', { name: title })).toBeVisible();
  await expect(admin.getByRole('button', { name: '结束任务' })).toBeVisible();

  // The expert reads the task, issues and manages nothing.
  await login(expert, 'expert', dashboard);
  await menu(expert).getByRole('link', { name: '自查任务' }).click();
  await expect(expert.getByRole('link', { name: '2026年冬季重污染天气应对专项自查' })).toBeVisible();
  await expect(expert.getByRole('button', { name: '下发自查任务' })).toHaveCount(0);
  await expert.goto(own);
  await expect(expert.getByRole('heading', { name: '2026年冬季重污染天气应对专项自查' })).toBeVisible();
  await expect(expert.getByRole('button', { name: '延期', exact: true })).toHaveCount(0);
  await expect(expert.getByRole('button', { name: '结束任务' })).toHaveCount(0);
  // Pages it may not use, opened by their address: a 403 page, not buttons the server would refuse.
  for (const path of ['/tasks/new', '/users', '/warnings/new', '/warnings/channels', '/warnings/plans']) {
    await expert.goto(path);
    await expect(expert.getByTestId('forbidden')).toContainText('无权访问');
    await expect(expert.getByRole('button', { name: /新增用户|重置密码|停用|保存/ })).toHaveCount(0);
  }
  await screenshot(expert, 'forbidden-1366');
  await expert.getByRole('button', { name: '返回首页' }).click();
  await expect(expert.getByTestId('forbidden')).toHaveCount(0);
});

test('menus and "new" buttons: each role is offered what me.can allows', async ({ browser }) => {
  const admin = await (await browser.newContext({ viewport: desktop })).newPage();
  const furong = await (await browser.newContext({ viewport: desktop })).newPage();
  const expert = await (await browser.newContext({ viewport: desktop })).newPage();
  const roleOptions = async (p: Page) => {
    await p.getByRole('button', { name: '新增用户' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('角色').click();
    const options = p.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect(options.first()).toBeVisible();
    const texts = await options.allInnerTexts();
    await options.last().click(); // closes the list
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
    await expect(dialog).toBeHidden();
    return texts;
  };

  await login(admin, 'admin', dashboard);
  for (const item of ['自查清单', '待核查', '用户管理']) await expect(menu(admin).getByRole('link', { name: item })).toBeVisible();
  await menu(admin).getByRole('link', { name: '用户管理' }).click();
  expect(await roleOptions(admin)).toEqual(['市局管理员', '区县管理员', '驻点专家', '企业用户']);
  await menu(admin).getByRole('link', { name: '自查清单' }).click();
  await expect(admin.getByRole('button', { name: '新建清单' })).toBeVisible();
  await expect(admin.getByRole('button', { name: '新建草稿版本' }).first()).toBeVisible();

  // A district reads the checklists it issues tasks from, and creates enterprise users only.
  await login(furong, 'furong', dashboard);
  for (const item of ['自查清单', '待核查', '用户管理']) await expect(menu(furong).getByRole('link', { name: item })).toBeVisible();
  await menu(furong).getByRole('link', { name: '自查清单' }).click();
  await expect(furong.getByRole('row', { name: /已发布/ }).first()).toBeVisible();
  await expect(furong.getByRole('button', { name: '新建清单' })).toHaveCount(0);
  await expect(furong.getByRole('button', { name: '新建草稿版本' })).toHaveCount(0);
  await furong.getByRole('row', { name: /已发布/ }).first().getByRole('link').click();
  await expect(furong.getByText('已发布的版本不能修改')).toBeVisible();
  await expect(furong.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
  await menu(furong).getByRole('link', { name: '用户管理' }).click();
  expect(await roleOptions(furong)).toEqual(['企业用户']);
  await menu(furong).getByRole('link', { name: '企业管理' }).click();
  await expect(furong.getByRole('button', { name: '新增企业' })).toBeVisible();

  // The expert reviews what is delegated to it; no checklists, no users, no registration.
  await login(expert, 'expert', dashboard);
  await expect(menu(expert).getByRole('link', { name: '待核查' })).toBeVisible();
  await expect(menu(expert).getByRole('link', { name: '自查清单' })).toHaveCount(0);
  await expect(menu(expert).getByRole('link', { name: '用户管理' })).toHaveCount(0);
  await menu(expert).getByRole('link', { name: '企业管理' }).click();
  await expect(expert.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await expect(expert.getByRole('button', { name: '新增企业' })).toHaveCount(0);
  await expert.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').first().click();
  await expect(expert.getByText('排污许可', { exact: true })).toBeVisible();
  await expect(expert.getByRole('button', { name: '编辑' })).toHaveCount(0);
  await expect(expert.getByRole('button', { name: '新增' })).toHaveCount(0);
});

test('findings: qiye submits only what it owes; the expert reviews only what is delegated to it', async ({ browser }) => {
  const qiye = await (await browser.newContext({ viewport: phone })).newPage();
  const expert = await (await browser.newContext({ viewport: desktop })).newPage();
  const furong = await (await browser.newContext({ viewport: desktop })).newPage();
  const nav = qiye.getByRole('navigation');

  // A finding qiye owes a rectification: it may submit one, or ask for more time.
  await login(qiye, 'qiye', async (p) => { await expect(p.getByTestId('rectification').first()).toBeVisible(); });
  await nav.getByRole('link', { name: '整改' }).click();
  await qiye.getByRole('listitem').filter({ hasText: /整改中|退回/ }).first().getByRole('link').click();
  await expect(qiye.getByText('整改方向')).toBeVisible();
  const findingURL = new URL(qiye.url()).pathname;
  await expect(qiye.getByRole('button', { name: '提交整改材料' })).toBeVisible();
  await expect(qiye.getByRole('button', { name: '申请延期' })).toBeVisible();
  await expect(qiye.getByText('核查整改')).toHaveCount(0);
  await expect(qiye.getByText('委托专家核查')).toHaveCount(0);

  // Submitted: it owes nothing until the review.
  await qiye.getByLabel('整改措施').fill('已整改，附运行记录。');
  await qiye.getByRole('button', { name: '提交整改材料' }).click();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('待核查');
  await expect(qiye.getByRole('button', { name: '提交整改材料' })).toHaveCount(0);
  await expect(qiye.getByRole('button', { name: '申请延期' })).toHaveCount(0);
  await expect(qiye.getByTestId('audit-trail')).toHaveCount(0);

  // A closed finding of qiye's: nothing to do.
  const closed = await api<{ findings: { edges: { node: { id: string } }[] } }>(qiye, '{ findings(first: 1, where: { open: false }) { edges { node { id } } } }');
  await qiye.goto(`/findings/${closed.findings.edges[0].node.id}`);
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('已销号');
  await expect(qiye.getByRole('button', { name: '提交整改材料' })).toHaveCount(0);
  await expect(qiye.getByRole('button', { name: '申请延期' })).toHaveCount(0);

  // The stationed expert reads it, but the review is not delegated to it.
  await login(expert, 'expert', dashboard);
  await expert.goto(findingURL);
  await expect(expert.locator('.ant-descriptions-bordered')).toContainText('待核查');
  await expect(expert.getByText('整改方向')).toBeVisible();
  await expect(expert.getByText('核查整改')).toHaveCount(0);
  await expect(expert.getByRole('button', { name: '通过并销号' })).toHaveCount(0);
  await expect(expert.getByText('委托专家核查')).toHaveCount(0);
  await expect(expert.getByTestId('audit-trail')).toHaveCount(0);

  // The district reviews it, may delegate it, and reads its history; it submits nothing.
  await login(furong, 'furong', dashboard);
  await furong.goto(findingURL);
  await expect(furong.getByText('核查整改')).toBeVisible();
  await expect(furong.getByRole('button', { name: '通过并销号' })).toBeVisible();
  await expect(furong.locator('.ant-card').filter({ hasText: '委托专家核查' })).toBeVisible();
  await expect(furong.getByTestId('audit-trail')).toContainText('提交整改');
  await expect(furong.getByRole('button', { name: '提交整改材料' })).toHaveCount(0);
  await expect(furong.getByRole('button', { name: '申请延期' })).toHaveCount(0);
});
