// Answers qiye's current self-check without submitting it (the figures of
// the demo city stay as published).
import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, login, phone } from './helpers';

test('qiye answers its checklist on a phone and sees the guidance at once', async ({ page }) => {
  await page.setViewportSize(phone);
  await login(page, 'qiye', async (p) => {
    await expect(p.getByTestId('task').first()).toBeVisible();
  });
  await page.getByTestId('task').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: '2026年冬季重污染天气应对专项自查' })).toBeVisible();
  await expect(page.getByText(/已答 12 \/ \d+ 项/)).toBeVisible();

  const card = page.getByTestId('item-LED-04');
  await card.getByText('否', { exact: true }).click();
  await expect(card.getByRole('status')).toContainText('整改方向');
  await expect(card.getByRole('status')).toContainText('环保责任制度缺失');
  await expect(page.getByText(/已答 13 \/ \d+ 项/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  // The right keyboard per item: numbers get the number pad.
  await expect(page.locator('.ant-input-number input').first()).toHaveAttribute('inputmode', 'decimal');
  // The reason comes from the checklist's text, never a code: the legal basis by the law's name.
  await expect(card.getByRole('status')).toContainText('《');
  // …and the citation opens the law's page at its article, with the items citing it (法规依据).
  await card.getByRole('link', { name: '《中华人民共和国环境保护法》第四十二条' }).click();
  await expect(page).toHaveURL(/\/laws\/EPL#art-42$/);
  await expect(page.locator('.page-title')).toHaveText('中华人民共和国环境保护法');
  await expect(page.getByTestId('law-source')).toContainText('国家法律法规数据库');
  const article = page.locator('#art-42');
  await expect(article).toHaveClass(/target/);
  await expect(article).toContainText('LED-04');
  await expect(article).toBeInViewport();
  await expectNoHorizontalScroll(page);
  await page.goBack();
  await expect(page.getByTestId('item-LED-04').locator('.ant-radio-button-wrapper-checked')).toHaveText('否');

  // Changing the answer removes the guidance; the answer is already saved.
  await card.getByText('是', { exact: true }).click();
  await expect(card.getByRole('status')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('item-LED-04').locator('.ant-radio-button-wrapper-checked')).toHaveText('是');
  await expect(page.getByText(/已答 13 \/ \d+ 项/)).toBeVisible();

  // Submitting is possible only when every item is answered.
  await expect(page.getByRole('button', { name: /还有 \d+ 项未回答/ })).toBeDisabled();
});
