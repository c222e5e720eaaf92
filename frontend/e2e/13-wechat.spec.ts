// The enterprise's pages inside WeChat's in-app browser (its user agent, a
// phone's touch screen and width): every page of the phone shell opens,
// reads without sideways scrolling and throws nothing.
import { expect, test } from '@playwright/test';
import { expectNoCodes, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wechat = 'Mozilla/5.0 (Linux; Android 13; V2049A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20231202 MMWEBID/2247 ' +
  'MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64';

test('qiye inside WeChat: home, self-check, rectification, messages and 我的', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: phone, userAgent: wechat, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'wechat-home-360');

  const nav = page.getByRole('navigation');
  await page.getByTestId('task').first().getByRole('link').click();
  await expect(page.getByText(/已答 \d+ \/ \d+ 项/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'wechat-selfcheck-360');
  // A date item opens the calendar only: the keyboard would cover it.
  await expect(page.locator('.item-card .ant-picker input').first()).toHaveAttribute('readonly');

  await nav.getByRole('link', { name: '整改' }).click();
  await page.getByRole('listitem').first().getByRole('link').click();
  await expect(page.getByText('整改方向')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoCodes(page);
  await screenshot(page, 'wechat-finding-360');

  await nav.getByRole('link', { name: '自查' }).click();
  await expect(page.getByRole('link').filter({ hasText: '2026年冬季重污染天气应对专项自查' }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  await nav.getByRole('link', { name: '消息' }).click();
  await expect(page.locator('.page-title, h4').first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  await nav.getByRole('link', { name: '我的' }).click();
  await expect(page.getByTestId('contacts')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'wechat-me-360');
  expect(errors).toEqual([]);
});
