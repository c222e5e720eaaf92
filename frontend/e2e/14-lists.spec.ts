// Lists that keep their state: the one list component everywhere — filters
// and order in the address (back, reload and a shared link restore them),
// the page left when coming back from a detail, sorting on the server's
// order fields, a table that scrolls in its own area on a phone — and the
// drill-downs: an enterprise's counts open its findings; a task's figures
// open its enterprises by the state of their self-check and its findings.
import { expect, test, type Page } from '@playwright/test';
import { api, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };
const rows = (p: Page) => p.locator('.ant-table-tbody tr.ant-table-row');
/** The list has its page (not loading: a header click would land on the loading mask). */
const settled = (p: Page) => expect(p.locator('.data-list .ant-spin-spinning')).toHaveCount(0);
const total = async (p: Page) => Number((await p.locator('.pager').innerText()).match(/共\s*(\d+)\s*条/)![1]);

test('the enterprise list keeps filters, order and page across a detail, back and reload', async ({ page }) => {
  await page.setViewportSize(wide);
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.getByRole('link', { name: '企业管理', exact: true }).click();
  await expect(page.locator('.pager')).toContainText('共 1739 条');

  // A district and a tier, then the credit code descending (the server orders).
  await page.locator('.filter-bar').getByLabel('区县').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('芙蓉区', { exact: true }).click();
  await expect(page).toHaveURL(/district=/);
  await expect(page.locator('.pager')).not.toContainText('共 1739 条');
  const inDistrict = await total(page);
  await page.locator('.filter-bar').getByLabel('管理类别').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('简化管理', { exact: true }).click();
  await expect(page).toHaveURL(/tier=SIMPLIFIED/);
  await expect(page.locator('.pager')).not.toContainText(`共 ${inDistrict} 条`);
  const filtered = await total(page);
  expect(filtered).toBeGreaterThan(20); // more than one page
  const header = page.locator('th').filter({ hasText: '统一社会信用代码' });
  const pageCodes = () => rows(page).locator('td:nth-child(2)').allInnerTexts();
  await settled(page);
  await header.click();
  await expect(page).toHaveURL(/sort=CREDIT_CODE/);
  // The ascending page has arrived (a fast answer can come before the
  // loading mask would show): only then the second click.
  await expect.poll(async () => { const c = await pageCodes(); return c.length === 20 && [...c].sort().join() === c.join(); }).toBe(true);
  await settled(page);
  await header.click();
  await expect(page).toHaveURL(/sort=-CREDIT_CODE/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => { const c = await pageCodes(); return c.length === 20 && [...c].sort().reverse().join() === c.join(); }).toBe(true);
  await settled(page);
  const codes = await pageCodes();
  expect(codes.length).toBe(20);
  expect([...codes].sort().reverse()).toEqual(codes);
  for (const r of await rows(page).allInnerTexts()) expect(r).toContain('芙蓉区');

  // Page 2, into a detail and back: the same page of the same list.
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.locator('.pager')).toContainText('2 /');
  // The page number shows from the address at once; the rows follow.
  await expect.poll(async () => codes.includes(await rows(page).first().locator('td:nth-child(2)').innerText())).toBe(false);
  await settled(page);
  const second = await rows(page).first().locator('td:nth-child(2)').innerText();
  expect(codes).not.toContain(second);
  await rows(page).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/enterprises\/\d+$/);
  await page.goBack();
  await expect(page).toHaveURL(/district=.*tier=SIMPLIFIED.*sort=-CREDIT_CODE|sort=-CREDIT_CODE.*/);
  await expect(page.locator('.pager')).toContainText('2 /');
  await settled(page);
  await expect(rows(page).first().locator('td:nth-child(2)')).toHaveText(second);
  await page.reload();
  await expect(page.locator('.pager')).toContainText(`共 ${filtered} 条`);
  await expect(page.locator('th').filter({ hasText: '统一社会信用代码' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('.filter-bar').getByLabel('管理类别').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('简化管理');
  await screenshot(page, 'enterprise-list-1440');

  // A shared link opens the same list in another browser.
  const link = page.url();
  const other = await (await page.context().browser()!.newContext({ viewport: wide })).newPage();
  await login(other, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  expect(link).toMatch(/page=2&after=/);
  await other.goto(link);
  await expect(other.locator('.pager')).toContainText(`共 ${filtered} 条`);
  await expect(other.locator('.pager')).toContainText('2 /');
  await settled(other);
  await expect(rows(other).first().locator('td:nth-child(2)')).toHaveText(second);
  // …and back from there to page 1 (the page before its first row).
  await other.getByRole('button', { name: '上一页' }).click();
  await expect(other.locator('.pager')).toContainText('1 /');
  await settled(other);
  await expect(rows(other).first().locator('td:nth-child(2)')).toHaveText(codes[0]);

  // An enterprise's open findings open its findings (and only its).
  await page.goto('/enterprises?sort=-PERMIT_TIER');
  const withOpen = rows(page).filter({ has: page.locator('td:nth-child(7) a') }).first();
  const name = await withOpen.locator('td:nth-child(1)').innerText();
  const open = Number(await withOpen.locator('td:nth-child(7)').innerText());
  await withOpen.locator('td:nth-child(7) a').click();
  await expect(page.getByTestId('enterprise-filter')).toContainText(name);
  await expect(page.locator('.pager')).toContainText(`共 ${open} 条`);
  for (const r of await rows(page).locator('td:nth-child(2)').allInnerTexts()) expect(r).toBe(name);
});

test('the findings list sorts on the server; the enterprise list scrolls in its own area on a phone', async ({ page }) => {
  await page.setViewportSize(wide);
  await login(page, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.goto('/findings?open=all');
  const severity = page.locator('th').filter({ hasText: '严重程度' });
  await severity.click();
  await expect(page).toHaveURL(/sort=SEVERITY/);
  // The ascending page has arrived and the header says so: only then the second click.
  await expect(severity).toHaveAttribute('aria-sort', 'ascending');
  await settled(page);
  await expect(rows(page).first()).toBeVisible();
  const first = await rows(page).first().locator('td:nth-child(4)').innerText();
  // A click that lands while the loading mask covers the header is lost: click again until it is taken
  // (the address changes at once when it is), never twice once it has been.
  await expect(async () => {
    if (!/sort=-SEVERITY/.test(page.url())) await severity.click();
    await expect(page).toHaveURL(/sort=-SEVERITY/, { timeout: 2000 });
  }).toPass({ timeout: 20000 });
  await expect(rows(page).first().locator('td:nth-child(4)')).not.toHaveText(first);
  await page.reload();
  await expect(severity).toHaveAttribute('aria-sort', 'descending');

  // Pages are in the address too: page 3 opened from its link goes back to page 2 (the rows before its first).
  const firstCells = () => rows(page).locator('td:nth-child(1)').allInnerTexts();
  await settled(page);
  // The pager shows the new page number before its rows arrive (and before the spinner shows):
  // a page is read only once its rows differ from the page before.
  const firstPage = await firstCells();
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.locator('.pager')).toContainText('2 /');
  await expect.poll(firstCells).not.toEqual(firstPage);
  await settled(page);
  const second = await firstCells();
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.locator('.pager')).toContainText('3 /');
  await expect.poll(firstCells).not.toEqual(second);
  await settled(page);
  const third = await firstCells();
  const link3 = page.url();
  expect(link3).toMatch(/page=3&after=/);
  await page.goto('/findings');
  await page.goto(link3);
  await expect(page.locator('.pager')).toContainText('3 /');
  await settled(page);
  await expect.poll(firstCells).toEqual(third);
  await page.getByRole('button', { name: '上一页' }).click();
  await expect(page).toHaveURL(/page=2&before=/);
  await expect.poll(firstCells).toEqual(second);

  await page.setViewportSize(phone);
  await page.goto('/enterprises');
  await expect(rows(page).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  const body = page.locator('.ant-table-body, .ant-table-content').first();
  expect(await body.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await screenshot(page, 'enterprise-list-360');
});

test('a task opens its non-submitters, its enterprises by state and its findings', async ({ page }) => {
  await page.setViewportSize(wide);
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  // The task with the most enterprises not yet submitted.
  const data = await api<{ inspectionTasks: { edges: { node: { id: string; title: string } }[] } }>(page,
    '{ inspectionTasks(first: 20) { edges { node { id title } } } }');
  let best = { id: '', title: '', left: -1, total: 0, submitted: 0 };
  for (const { node } of data.inspectionTasks.edges) {
    const p = await api<{ taskProgress: { total: number; submitted: number; notStarted: number } }>(page,
      'query($id: ID!) { taskProgress(taskID: $id) { total submitted notStarted } }', { id: node.id });
    const { total: all, submitted } = p.taskProgress;
    if (all - submitted > best.left) best = { id: node.id, title: node.title, left: all - submitted, total: all, submitted };
  }
  expect(best.left).toBeGreaterThan(0);
  await page.getByRole('link', { name: '自查任务', exact: true }).click();
  await page.getByLabel('按任务名称搜索').fill(best.title);
  await page.getByLabel('按任务名称搜索').press('Enter');
  await page.getByRole('link', { name: best.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${best.id}$`));
  await screenshot(page, 'task-detail-1440');

  await page.getByTestId('non-submitters').click();
  await expect(page.getByTestId('task-filter')).toContainText(best.title);
  await expect(page.getByTestId('task-filter')).toContainText('未提交');
  await expect(page.locator('.pager')).toContainText(`共 ${best.left} 条`);
  await page.goBack();
  await page.locator('a.stat-link').filter({ hasText: '已提交' }).click();
  await expect(page.locator('.pager')).toContainText(`共 ${best.submitted} 条`);
  await page.goBack();
  // A district's row opens that district's enterprises of the task.
  const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
  const district = await row.locator('td').first().innerText();
  const inDistrict = Number(await row.locator('td:nth-child(2)').innerText());
  await row.locator('td:nth-child(2) a').click();
  await expect(page.locator('.pager')).toContainText(`共 ${inDistrict} 条`);
  for (const r of await rows(page).allInnerTexts()) expect(r).toContain(district);
  await page.goBack();

  // Its findings, as many as the figure says.
  const found = Number(await page.locator('a.stat-link').filter({ hasText: '发现问题' }).locator('.ant-statistic-content').innerText().then((s) => s.replace(/,/g, '')));
  await page.getByTestId('task-findings').click();
  await expect(page.getByTestId('task-filter')).toContainText(best.title);
  await expect(page.locator('.pager')).toContainText(`共 ${found} 条`);
});

test('in English a finding the checklist wrote reads in English; contact roles too', async ({ page }) => {
  await page.setViewportSize(phone);
  await login(page, 'qiye', async (p) => { await expect(p.getByRole('link', { name: '我的' })).toBeVisible(); });
  const data = await api<{ findings: { edges: { node: { id: string; title: string; titleEn: string; descriptionEn: string } }[] } }>(page,
    '{ findings(first: 1, where: { hasAnswer: true }) { edges { node { id title titleEn descriptionEn } } } }');
  const f = data.findings.edges[0].node;
  expect(f.titleEn).toBeTruthy();
  await page.evaluate(() => localStorage.setItem('greencheck.lang', 'en-US'));
  await page.goto(`/findings/${f.id}`);
  await expect(page.getByRole('heading', { name: f.titleEn })).toBeVisible();
  // Its answer is its own card (in English); the description would only repeat it.
  await expect(page.getByTestId('origin-answer')).toContainText('The self-check answer');
  await expect(page.locator('body')).not.toContainText(f.title);
  await expect(page.locator('body')).not.toContainText('自查项');
  expect(f.descriptionEn).toMatch(/^Item [A-Z]+-\d+: .+ Answer: (Yes|No|Not applicable|\S.*)$/);
  await page.goto('/me');
  await expect(page.locator('body')).toContainText('(Environmental manager)');
  await expect(page.locator('body')).not.toContainText('环保负责人');
  await screenshot(page, 'finding-en-360');
});
