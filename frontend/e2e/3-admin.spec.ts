// Runs last (files run in name order): it writes to the demo city, which the
// figures checked by 1-roles.spec.ts must not see.
import { expect, test } from '@playwright/test';
import { choose, desktop, login } from './helpers';

test('furong registers an enterprise, validated as the server validates, then adds its permit', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'furong', async (p) => {
    await expect(p.getByTestId('stat-enterprises')).toBeVisible();
  });
  await page.getByRole('link', { name: '企业管理' }).click();
  await page.getByRole('button', { name: '新增企业' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('企业名称').fill('长沙芙蓉测试涂装有限公司');
  await dialog.getByLabel('统一社会信用代码').fill('914301020000000001');
  await dialog.getByLabel('行业代码（GB/T 4754）').fill('3360');
  await dialog.getByLabel('行业名称').fill('金属表面处理及热处理加工');
  await choose(page, dialog.getByLabel('管理类别'), '简化管理');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('统一社会信用代码无效');
  // A valid code (check character computed) is accepted; 芙蓉区 is preset for its administrator.
  const code = await page.evaluate(() => {
    const a = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const base = '91430102MA4T9E2E0';
    let s = 0;
    for (let i = 0; i < 17; i++) s += a.indexOf(base[i]) * w[i];
    return base + a[(31 - (s % 31)) % 31];
  });
  await dialog.getByLabel('统一社会信用代码').fill(code);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '长沙芙蓉测试涂装有限公司' })).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();

  // Its permit, with dates in the wrong order first.
  await page.locator('.ant-card').filter({ hasText: '排污许可' }).getByRole('button', { name: '新增' }).click();
  const permit = page.getByRole('dialog');
  await permit.getByLabel('编号').fill(`${code}001P`);
  await choose(page, permit.getByLabel('管理类别'), '简化管理');
  await permit.getByLabel('发证日期').fill('2025-01-01');
  await permit.getByLabel('发证日期').press('Enter');
  await permit.getByLabel('有效期至').fill('2024-01-01');
  await permit.getByLabel('有效期至').press('Enter');
  await permit.getByRole('button', { name: '保存' }).click();
  await expect(permit).toContainText('有效期截止日期须晚于发证日期');
  await permit.getByLabel('有效期至').fill('2030-01-01');
  await permit.getByLabel('有效期至').press('Enter');
  await permit.getByRole('button', { name: '保存' }).click();
  await expect(permit).toBeHidden();
  await expect(page.getByText(`${code}001P`)).toBeVisible();

  // Edit it: a second air outlet.
  await page.locator('tr', { hasText: `${code}001P` }).getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('排放口').fill('DA001, DA002');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(page.locator('tr', { hasText: `${code}001P` })).toContainText('DA001, DA002');
});

test('furong manages the users of its enterprises', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'furong', async (p) => {
    await expect(p.getByTestId('stat-enterprises')).toBeVisible();
  });
  await page.getByRole('link', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '新增用户' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('用户名').fill('xingcheng2');
  await dialog.getByLabel('姓名').fill('王五');
  await dialog.getByLabel('初始密码').fill('Start12345');
  await dialog.getByLabel('企业').click();
  await page.keyboard.type('星城彩印');
  await page.getByTitle('长沙星城彩印包装有限公司').click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('已创建用户 xingcheng2');
  await expect(dialog).toBeHidden();
  await page.getByPlaceholder('按用户名或姓名搜索').fill('xingcheng2');
  await page.getByPlaceholder('按用户名或姓名搜索').press('Enter');
  const row = page.locator('tr', { hasText: 'xingcheng2' });
  await row.getByRole('button', { name: '停用' }).click();
  await page.getByRole('button', { name: /OK|确 定|确定/ }).click();
  await expect(row).toContainText('已停用');
});
