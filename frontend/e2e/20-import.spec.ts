// 批量导入: the city downloads the template, uploads it, the check passes
// (its example enterprise, permit, facility, EIA approval and first account), the import writes them, and the same
// file again changes nothing; a file that is not a workbook is refused with
// a message. A district administrator's template offers its own district.
import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

test('template → check → import → the same file again is a no-op', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  // The page's subscriptions to an import's progress, as sent over its WebSocket.
  let progressSubscriptions = 0;
  page.on('websocket', (ws) => ws.on('framesent', (f) => { if (String(f.payload).includes('importProgress')) progressSubscriptions++; }));
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.goto('/enterprises');
  await page.getByRole('button', { name: '批量导入' }).click();
  await expect(page).toHaveURL(/\/enterprises\/import$/);
  const [tpl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载模板（Excel）' }).click()]);
  expect(tpl.suggestedFilename()).toBe('企业批量导入模板.xlsx');
  const bytes = Buffer.concat(await (await tpl.createReadStream()).toArray());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Not a workbook: refused, nothing else shown.
  await page.getByTestId('registry-import').setInputFiles({ name: '企业.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('名称,代码\n') });
  await expect(page.locator('.ant-alert-error')).toContainText('无法识别为导入模板');

  // The template as it is: its example enterprise and permit.
  const file = { name: '企业批量导入模板.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes };
  await page.getByTestId('registry-import').setInputFiles(file);
  const report = page.getByTestId('registry-report');
  await expect(report).toContainText('校验通过');
  // The check says the file still holds the template's example enterprise (it imports as any row).
  await expect(page.getByTestId('registry-example')).toContainText('“企业”表第 2 行仍是模板自带的示例企业');
  await screenshot(page, 'import-checked-1440');
  // The import's answer is held back (sent to the server once the page follows its progress):
  // meanwhile the server's progress, over the WebSocket, reaches 100 %.
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  const before = progressSubscriptions;
  await page.route('**/query', async (route) => {
    if (!route.request().headers()['content-type']?.includes('multipart/form-data')) return route.fallback();
    await expect.poll(() => progressSubscriptions).toBeGreaterThan(before);
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.getByRole('button', { name: /导入（新增 5，更新 0）/ }).click();
  const progress = page.getByTestId('registry-progress');
  await expect(progress).toContainText('正在导入');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  release();
  await expect(report).toContainText('已导入：新增 5、更新 0');
  await expect(progress).toHaveCount(0);
  await page.unroute('**/query');
  await page.getByRole('link', { name: '查看企业' }).click();
  await page.getByPlaceholder('按名称或信用代码搜索').fill('长沙示例环保科技');
  await page.getByPlaceholder('按名称或信用代码搜索').press('Enter');
  await expect(page.getByTestId('enterprise-list')).toContainText('长沙示例环保科技有限公司');

  // Again: nothing to import.
  await page.goto('/enterprises/import');
  await page.getByTestId('registry-import').setInputFiles(file);
  await expect(page.getByTestId('registry-report')).toContainText('文件与已登记的内容一致');
  await expect(page.getByRole('button', { name: /导入（新增/ })).toHaveCount(0);
});

test('the import page on a phone: a refused file\'s problems read whole', async ({ browser }) => {
  const furong = await (await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true })).newPage();
  await login(furong, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await furong.goto('/enterprises/import');
  const [tpl] = await Promise.all([furong.waitForEvent('download'), furong.getByRole('button', { name: '下载模板（Excel）' }).click()]);
  const bytes = Buffer.concat(await (await tpl.createReadStream()).toArray());
  await expectNoHorizontalScroll(furong);
  await screenshot(furong, 'import-360');

  // 芙蓉区's template uploaded by 岳麓区: its example enterprise is outside
  // yuelu's districts, so the file is refused, each problem on the screen.
  const yuelu = await (await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true })).newPage();
  await login(yuelu, 'yuelu', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await yuelu.goto('/enterprises/import');
  await yuelu.getByTestId('registry-import').setInputFiles({ name: 'furong.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  const report = yuelu.getByTestId('registry-report');
  await expect(report.locator('.ant-alert-error')).toContainText('新增、更新、不变只计无问题的行');
  const first = yuelu.getByTestId('registry-problems').locator('tbody tr').first();
  await expect(first).toContainText('企业 · 第 2 行');
  const box = await first.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await expectNoHorizontalScroll(yuelu);
  await screenshot(yuelu, 'import-refused-360');
  await expect(yuelu.getByRole('button', { name: /导入（新增/ })).toHaveCount(0);
});

test('an expert gets no template', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await login(page, 'expert', async (p) => { await expect(p.locator('.admin-header')).toBeVisible(); });
  const status = await page.evaluate(async () => {
    const s = JSON.parse(localStorage.getItem('greencheck.session') ?? '{}');
    return (await fetch('/exports/templates/registry.xlsx', { headers: { Authorization: `Bearer ${s.accessToken}` } })).status;
  });
  expect(status).toBe(403);
});
