import { expect, test } from '@playwright/test';
import { desktop, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

test.describe('each role gets its own home', () => {
  test('qiye on a phone sees its tasks and pending rectifications', async ({ page }) => {
    await page.setViewportSize(phone);
    const ms = await login(page, 'qiye', async (p) => {
      await expect(p.getByRole('heading', { name: '长沙星城彩印包装有限公司' })).toBeVisible();
      await expect(p.getByTestId('rectification').first()).toBeVisible();
    });
    test.info().annotations.push({ type: 'home rendered after login (ms)', description: String(ms) });
    await expect(page.getByTestId('task')).toContainText('2026年冬季重污染天气应对专项自查');
    await expect(page.getByTestId('task').getByRole('progressbar')).toBeVisible();
    // Overdue deadlines are red.
    await expect(page.locator('[data-overdue="true"]').first()).toBeVisible();
    await expect(page.locator('[data-overdue="true"]').first()).toHaveCSS('color', 'rgb(207, 19, 34)');
    // The bottom navigation, with the unread badge.
    const nav = page.getByRole('navigation');
    for (const label of ['首页', '自查', '整改', '消息', '我的']) await expect(nav.getByRole('link', { name: label })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'enterprise-home-phone');

    // 我的: the enterprise profile with permits and EIA approvals.
    await nav.getByRole('link', { name: '我的' }).click();
    await expect(page.getByText('排污许可')).toBeVisible();
    await expect(page.getByText('环评批复')).toBeVisible();
    await expectNoHorizontalScroll(page);

    // A finding shows its guidance.
    await nav.getByRole('link', { name: '整改' }).click();
    await page.getByRole('listitem').first().getByRole('link').click();
    await expect(page.getByText('整改方向')).toBeVisible();

    // 消息: unread first; opening one marks it read and lowers the badge.
    const badge = nav.getByRole('link', { name: /消息/ }).locator('.ant-badge-count');
    await expect(badge).toHaveAttribute('title', '2');
    await nav.getByRole('link', { name: /消息/ }).click();
    await expect(page.getByRole('button', { name: /整改期限提醒/ })).toBeVisible();
    await page.getByRole('button', { name: /整改期限提醒/ }).click();
    await expect(page).toHaveURL(/\/rectifications$/);
    await expect(badge).toHaveAttribute('title', '1');
  });

  test('furong sees only 芙蓉区 enterprises', async ({ page }) => {
    await page.setViewportSize(desktop);
    await login(page, 'furong', async (p) => {
      await expect(p.getByTestId('stat-enterprises')).toBeVisible();
    });
    // Charts for a district's scope: its industries (not one lone district bar), its months.
    await expect(page.getByRole('img', { name: '各行业问题（前 10 个行业）' }).locator('canvas')).toBeVisible();
    await expect(page.getByRole('img', { name: '每月发现与销号' }).locator('canvas')).toBeVisible();
    await expect(page.getByTestId('chart-districts')).toHaveCount(0);
    await screenshot(page, 'district-admin-home');
    // A bar opens the enterprises of its industry.
    const chart = page.getByRole('img', { name: '各行业问题（前 10 个行业）' });
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + 200, box.y + 45); // the first bar's row
    await expect(page).toHaveURL(/\/enterprises\?industry=\d{4}/);
    const code = new URL(page.url()).searchParams.get('industry')!;
    for (const c of await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(4)').allInnerTexts()) expect(c.startsWith(code)).toBe(true);
    await page.goBack();
    await page.getByRole('link', { name: '企业管理' }).click();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.first()).toBeVisible();
    const districts = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(districts.length).toBeGreaterThan(5);
    expect(new Set(districts)).toEqual(new Set(['芙蓉区']));
    // The dashboard's count and the list's total agree, and are 芙蓉区's only.
    const total = await page.locator('.pager').innerText();
    const count = Number(/共 (\d+) 条/.exec(total)?.[1]);
    expect(count).toBeGreaterThan(20);
    expect(count).toBeLessThan(1739);
    // Next page, server-side.
    await page.getByRole('button', { name: '下一页' }).click();
    await expect(page.locator('.pager')).toContainText('2 /');

    // The review queue: submitted rectifications, oldest first.
    await page.getByRole('link', { name: '待核查' }).click();
    await expect(page.getByRole('heading', { name: /待核查整改/ })).toBeVisible();
    // (polled: the rows of the list before the filter may still show while the queue loads)
    await expect(async () => {
      const statuses = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(5)').allInnerTexts();
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['待核查']));
    }).toPass();
  });

  test('admin sees the city: 1,739 enterprises and 96.7 %', async ({ page }) => {
    await page.setViewportSize(desktop);
    const ms = await login(page, 'admin', async (p) => {
      await expect(p.getByTestId('stat-rate')).toContainText('96.7%');
    });
    test.info().annotations.push({ type: 'dashboard rendered after login (ms)', description: String(ms) });
    await expect(page.getByTestId('stat-enterprises')).toContainText('1,739');
    await expect(page.getByTestId('stat-findings')).toContainText('6,416');
    await expect(page.getByTestId('stat-closed')).toContainText('6,206');
    await expect(page.getByRole('img', { name: '各区县整改率' }).locator('canvas')).toBeVisible();
    await screenshot(page, 'city-admin-home');

    // The finding list filters on the server: open findings first, the resolved ones when asked,
    // the filters in the address (a reload keeps them), an enterprise found by name.
    await page.getByRole('link', { name: '问题清单' }).click();
    await expect(page.locator('.pager')).toContainText(/共 \d+ 条/);
    await expect(page.locator('.pager')).not.toContainText('共 6416 条');
    await expect(page.locator('.ant-table-tbody')).not.toContainText('已销号');
    await page.getByText('含已销号、无效').click();
    await expect(page.locator('.pager')).toContainText('共 6416 条');
    await page.reload();
    await expect(page.locator('.pager')).toContainText('共 6416 条');
    await page.getByLabel('按企业名称搜索').fill('星城彩印');
    await page.getByLabel('按企业名称搜索').press('Enter');
    await expect(page).toHaveURL(/q=/);
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toContainText('星城彩印');
    await page.goBack();
    await expect(page.locator('.pager')).toContainText('共 6416 条');
    await page.getByText('只看逾期').click();
    await expect(page.locator('.pager')).not.toContainText('共 6416 条');
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first().locator('[data-overdue="true"]')).toBeVisible();

    // Every figure of the dashboard opens the list it counts.
    await page.getByRole('link', { name: '工作台' }).click();
    await page.getByTestId('stat-closed').click();
    await expect(page).toHaveURL(/status=CLOSED/);
    await expect(page.locator('.pager')).toContainText('共 6206 条');
  });

  test('expert is scoped to its districts', async ({ page }) => {
    await page.setViewportSize(desktop);
    await login(page, 'expert', async (p) => {
      await expect(p.getByTestId('stat-enterprises')).toBeVisible();
    });
    await expect(page.getByText('驻点专家')).toBeVisible();
    await screenshot(page, 'expert-home');
  });
});

// On a phone an administrator's menu opener belongs to the header: it scrolls away with it
// (fixed, it sat over the page's labels and figures), and the menu closes once a page is chosen.
test('phone: the menu opener scrolls with the header; choosing a page closes the menu', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true })).newPage();
  await login(page, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.goto('/findings');
  const opener = page.locator('.ant-layout-sider-zero-width-trigger');
  await expect(opener).toBeInViewport();
  await expect(page.locator('.ant-table-row').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 800));
  await expect(opener).not.toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(opener).toBeInViewport();
  await opener.click();
  await expect(page.locator('.admin-shell > .ant-layout-sider')).not.toHaveClass(/ant-layout-sider-collapsed/);
  await page.locator('.side-menu').getByRole('link', { name: '报表' }).click();
  await expect(page).toHaveURL(/\/reports/);
  await expect(page.locator('.admin-shell > .ant-layout-sider')).toHaveClass(/ant-layout-sider-collapsed/);
});
