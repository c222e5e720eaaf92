// Publishes a new checklist version, so it runs after the campaign.
import { expect, test } from '@playwright/test';
import { desktop, login } from './helpers';

test('admin starts a draft, edits an item, publishes it; the old version is archived and JSON exports', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.getByRole('link', { name: '自查清单' }).click();
  const v1 = page.getByRole('row', { name: /v1/ });
  await expect(v1).toContainText('已发布');
  await expect(v1).toContainText('59');
  await v1.getByRole('button', { name: '新建草稿版本' }).click();
  await expect(page.getByRole('heading', { name: /v2$/ })).toBeVisible();
  await expect(page.locator('.ant-table-row')).toHaveCount(59);

  await expect(page.getByTestId('reach').first()).toContainText(/适用企业（至少一项适用）：1,?\d{3} 家/);
  // Master–detail on a desk screen: the chosen item's fields beside the list (the first at first).
  await page.locator('.ant-table-row').nth(1).click();
  const drawer = page.getByTestId('item-editor');
  await expect(drawer).toContainText(await page.locator('.ant-table-row').nth(1).locator('td').first().innerText());
  await expect(drawer.getByLabel('检查内容（英文）')).toBeVisible();
  await page.locator('.ant-table-row').first().click();
  await expect(drawer.getByTestId('reach')).toContainText(/本项适用企业：[\d,]+ 家/);
  await drawer.getByLabel('检查内容', { exact: true }).fill('是否已取得环评批复（含变更后的重新报批）？');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-table-row').first()).toContainText('含变更后的重新报批');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByRole('button', { name: '发布' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.locator('.page-head .ant-tag')).toHaveText('已发布');

  await page.getByRole('link', { name: '自查清单' }).click();
  await expect(page.getByRole('row', { name: /v2/ })).toContainText('已发布');
  await expect(page.getByRole('row', { name: /v1/ })).toContainText('已归档');
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('row', { name: /v2/ }).getByRole('button', { name: 'JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/v2\.json$/);
  const json = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
  expect(json.items).toHaveLength(59);
  expect(json.items[0].questionZh).toContain('含变更后的重新报批');

  // A new checklist from scratch: one item, saved, published.
  await page.getByRole('button', { name: '新建清单' }).click();
  await page.getByRole('dialog').getByLabel('清单名称').fill('危险废物专项自查清单');
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByRole('heading', { name: '危险废物专项自查清单 v1' })).toBeVisible();
  await page.getByRole('button', { name: '新增检查项' }).click();
  const item = page.getByTestId('item-editor');
  await item.getByLabel('检查内容', { exact: true }).fill('危险废物贮存场所是否设置规范标识？');
  await item.getByLabel('问题名称', { exact: true }).fill('危废贮存场所标识不规范');
  await item.getByLabel('整改方向（每行一步）', { exact: true }).fill('按 GB 18597 设置贮存场所标识\n建立危险废物管理台账');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('已保存').last()).toBeVisible();
  await page.getByRole('button', { name: '发布' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.locator('.page-head .ant-tag')).toHaveText('已发布');
});
