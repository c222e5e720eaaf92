// Closes a 芙蓉区 finding through a delegated expert; runs after the figures are checked.
import { expect, test } from '@playwright/test';
import { desktop, login } from './helpers';

test('furong delegates a review to the stationed expert, who may review it only then and approves it (销号)', async ({ browser }) => {
  const furong = await (await browser.newContext({ viewport: desktop })).newPage();
  const expert = await (await browser.newContext({ viewport: desktop })).newPage();
  await login(furong, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await furong.getByRole('link', { name: '待核查' }).click();
  await expect(furong.getByRole('heading', { name: /待核查整改/ })).toBeVisible();
  await furong.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').first().click();
  await expect(furong.getByText('核查整改')).toBeVisible();
  const findingURL = new URL(furong.url()).pathname;

  // Before the delegation the stationed expert reads the finding but may not review it.
  await login(expert, 'expert', async (p) => { await expect(p.getByRole('link', { name: '问题清单' })).toBeVisible(); });
  await expert.goto(findingURL);
  await expect(expert.locator('.ant-descriptions-bordered')).toContainText('待核查');
  await expect(expert.getByText('核查整改')).toHaveCount(0);
  await expect(expert.getByRole('button', { name: '通过并销号' })).toHaveCount(0);

  const card = furong.locator('.ant-card').filter({ hasText: '委托专家核查' });
  await card.getByLabel('选择驻点专家').click();
  await furong.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await card.getByRole('button', { name: '委托' }).click();
  await expect(card).toContainText(/已委托 .+ 核查/);

  await expert.reload();
  await expect(expert.getByText('核查整改')).toBeVisible();
  await expert.getByRole('button', { name: '通过并销号' }).click();
  await expect(expert.locator('.ant-descriptions-bordered')).toContainText('已销号');
  await furong.reload();
  await expect(furong.getByTestId('audit-trail')).toContainText('委托');
});
