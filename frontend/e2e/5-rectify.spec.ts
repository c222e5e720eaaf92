// Closes one of qiye's findings, so it runs after the figures are checked.
import { expect, test } from '@playwright/test';
import { desktop, expectNoCodes, login, phone, screenshot } from './helpers';

test('qiye submits a rectification, furong rejects it, qiye resubmits, furong closes it (销号)', async ({ browser }) => {
  const qiye = await (await browser.newContext({ viewport: phone })).newPage();
  const furong = await (await browser.newContext({ viewport: desktop })).newPage();

  await login(qiye, 'qiye', async (p) => {
    await expect(p.getByTestId('rectification').first()).toBeVisible();
  });
  await qiye.getByRole('navigation').getByRole('link', { name: '整改' }).click();
  await qiye.getByRole('listitem').filter({ hasText: '整改中' }).first().getByRole('link').click();
  await expect(qiye.getByText('整改方向')).toBeVisible();
  await expect(qiye.locator('.citations li').first()).toContainText(/《.+》/); // the law by its name
  await expectNoCodes(qiye);
  const findingURL = new URL(qiye.url()).pathname;

  await qiye.getByLabel('整改措施').fill('已更换活性炭并建立更换台账。');
  await qiye.getByRole('button', { name: '提交整改材料' }).click();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('待核查');

  await login(furong, 'furong', async (p) => {
    await expect(p.getByTestId('stat-enterprises')).toBeVisible();
  });
  await furong.goto(findingURL);
  await expect(furong.getByText('核查整改')).toBeVisible();
  // The reviewer sees the answer behind the finding beside the rectifications.
  await expect(furong.getByTestId('origin-answer')).toContainText('否');
  await furong.getByRole('button', { name: '退回' }).click();
  await expect(furong.getByRole('alert')).toContainText('退回时必须填写原因');
  await furong.getByLabel('退回原因').fill('请补充设施运行记录');
  await furong.getByRole('button', { name: '退回' }).click();
  await expect(furong.locator('.ant-descriptions-bordered')).toContainText('退回');

  await qiye.reload();
  // On the phone what to do now comes first: the reason, then the guidance.
  await expect(qiye.getByTestId('sent-back')).toContainText('请补充设施运行记录');
  const reasonAt = (await qiye.getByTestId('sent-back').boundingBox())!.y;
  const guidanceAt = (await qiye.getByText('整改方向').boundingBox())!.y;
  expect(reasonAt).toBeLessThan(guidanceAt);
  await screenshot(qiye, 'finding-sent-back-360');
  await qiye.getByLabel('整改措施').fill('已补充设施运行记录和现场照片。');
  await qiye.getByRole('button', { name: '提交整改材料' }).click();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('待核查');

  await furong.reload();
  await furong.getByRole('button', { name: '通过并销号' }).click();
  await expect(furong.locator('.ant-descriptions-bordered')).toContainText('已销号');
  await expect(furong.getByTestId('audit-trail')).toContainText('销号');
  await expectNoCodes(furong);

  await qiye.reload();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('已销号');
  await expect(qiye.getByRole('button', { name: '提交整改材料' })).toHaveCount(0);
});
