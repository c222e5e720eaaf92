// 导出: a list exports with its filters — at once when small (the file
// downloads), in the background when large (the drawer shows progress, a
// notification links to the exports page, the file downloads from there);
// CSV opens in Excel (BOM) with Chinese headers. The exports page fits a phone.
import { expect, test } from '@playwright/test';
import { api, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };

test('export a filtered list at once, a large one in the background with progress, and find it again', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: wide });
  const page = await ctx.newPage();
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  const d = await api<{ districts: { edges: { node: { id: string } }[] } }>(page, '{ districts(first: 1, where: { nameZh: "芙蓉区" }) { edges { node { id } } } }');
  const furong = d.districts.edges[0].node.id;
  const n = await api<{ enterprises: { totalCount: number } }>(page, 'query($d: ID!) { enterprises(first: 1, where: { districtID: $d }) { totalCount } }', { d: furong });
  const furongCount = n.enterprises.totalCount;

  // 1. 芙蓉区's enterprises, by the list's filter in the address: written at once.
  await page.goto(`/enterprises?district=${furong}`);
  const list = page.getByTestId('enterprise-list');
  await expect(list).toContainText(`共 ${furongCount} 条`);
  await page.getByTestId('export-button').click();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel（.xlsx）' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^企业名录-\d{8}-\d{6}\.xlsx$/);
  expect(Buffer.concat(await (await xlsx.createReadStream()).toArray()).subarray(0, 2).toString()).toBe('PK');
  await expect(page.locator('.ant-message')).toContainText(`已导出 ${furongCount} 行`);

  // 2. Every enterprise (1,739, beyond the server's 1,000 here): in the background.
  await page.goto('/enterprises');
  await expect(list).toContainText('共 1739 条');
  await page.getByTestId('export-button').click();
  await page.getByRole('menuitem', { name: 'CSV（UTF-8）' }).click();
  await expect(page.locator('.ant-message')).toContainText('已转为后台导出');
  const drawer = page.locator('.ant-drawer').filter({ hasText: '导出任务' });
  await expect(drawer).toBeVisible();
  const first = drawer.getByTestId('export-jobs').locator('.ant-list-item').first();
  await expect(first).toContainText('企业名录');
  await expect(first).toContainText('已完成', { timeout: 30_000 });
  await expect(first).toContainText('1739 / 1739 行');
  // Ended, the drawer is quiet: no request loop while it stays open.
  let requests = 0;
  const count = (r: { url(): string }) => { if (r.url().endsWith('/query')) requests++; };
  page.on('request', count);
  await page.waitForTimeout(3000);
  page.off('request', count);
  expect(requests).toBeLessThan(5);
  await screenshot(page, 'exports-drawer-1440');
  const [csv] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: /下\s?载/ }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^企业名录-\d{8}-\d{6}\.csv$/);
  const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8');
  expect(text.startsWith('\ufeff"企业名称","统一社会信用代码","区县"')).toBe(true);
  expect(text.trim().split(/\r?\n/)).toHaveLength(1740);
  await drawer.locator('.ant-drawer-close').click();

  // 3. The notification links to the exports page, which lists both.
  await page.goto('/notifications');
  await page.getByText(/导出完成：企业名录-/).first().click();
  await expect(page).toHaveURL(/\/exports$/);
  const jobs = page.getByTestId('export-jobs');
  await expect(jobs.locator('.ant-list-item').filter({ hasText: '企业名录' })).toHaveCount(2);
  await expect(jobs).toContainText(`${furongCount} / ${furongCount} 行`);
  await screenshot(page, 'exports-1440');
  await ctx.close();

  // 4. On a phone: the exports page fits the screen.
  const pc = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
  const mobile = await pc.newPage();
  await login(mobile, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await mobile.goto('/exports');
  await expect(mobile.getByTestId('export-jobs').locator('.ant-list-item').filter({ hasText: '企业名录' })).toHaveCount(2);
  await expectNoHorizontalScroll(mobile);
  await screenshot(mobile, 'exports-360');
  await pc.close();
});

test('the assistance list exports as it is shown', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: wide })).newPage();
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  const l = await api<{ problemList: { totalCount: number } }>(page, '{ problemList(reason: OVERDUE_FINDINGS, first: 1) { totalCount } }');
  const total = l.problemList.totalCount;
  expect(total).toBeGreaterThan(0);

  // 帮扶清单, filtered by a reason in the address: one row per enterprise, that reason's records in its column.
  await page.goto('/problems?reason=OVERDUE_FINDINGS');
  await expect(page.getByTestId('problem-list')).toContainText(`共 ${total} 条`);
  await page.getByTestId('export-button').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV（UTF-8）' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^帮扶清单-\d{8}-\d{6}\.csv$/);
  const lines = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8').trim().split(/\r?\n/);
  expect(lines).toHaveLength(total + 1);
  const header = lines[0].replace(/^\ufeff/, '').split(',').map((c) => c.replace(/"/g, ''));
  expect(header.slice(0, 4)).toEqual(['企业名称', '统一社会信用代码', '区县', '原因数']);
  const overdue = header.indexOf('问题逾期未整改');
  expect(overdue).toBeGreaterThan(3);
  for (const line of lines.slice(1)) expect(Number(line.split(',')[overdue].replace(/"/g, ''))).toBeGreaterThan(0);
});
