// Each role's main pages at a desk (1,440 × 900) and on a phone (360 × 740):
// screenshots in test-results/screenshots/ (screens-<role>-<page>-<width>),
// every page opens without sideways scrolling, throws nothing and shows no
// internal code.
import { expect, test, type Page } from '@playwright/test';
import { expectNoCodes, expectNoHorizontalScroll, login, screenshot } from './helpers';

const sizes = [{ width: 1440, height: 900 }, { width: 360, height: 740 }];
const pages: Record<string, { path: string; ready: (p: Page) => Promise<void> }[]> = {
  admin: [
    { path: '/', ready: (p) => expect(p.getByTestId('stat-enterprises')).toBeVisible() },
    { path: '/enterprises', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
    { path: '/findings', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
    { path: '/tasks', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
    { path: '/warnings', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
    { path: '/users', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
    { path: '/laws', ready: (p) => expect(p.getByTestId('laws').getByRole('link').first()).toBeVisible() },
  ],
  furong: [
    { path: '/', ready: (p) => expect(p.getByTestId('stat-enterprises')).toBeVisible() },
    { path: '/review', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
  ],
  expert: [
    { path: '/', ready: (p) => expect(p.getByTestId('stat-enterprises')).toBeVisible() },
    { path: '/findings', ready: (p) => expect(p.locator('.pager')).toContainText('共') },
  ],
  qiye: [
    { path: '/', ready: (p) => expect(p.getByTestId('task').first()).toBeVisible() },
    { path: '/selfchecks', ready: (p) => expect(p.getByRole('link').filter({ hasText: '自查' }).first()).toBeVisible() },
    { path: '/rectifications', ready: (p) => expect(p.getByRole('listitem').first()).toBeVisible() },
    { path: '/me', ready: (p) => expect(p.getByText('联系人').first()).toBeVisible() },
    { path: '/laws', ready: (p) => expect(p.getByTestId('laws').getByRole('link').first()).toBeVisible() },
  ],
};

for (const [user, list] of Object.entries(pages)) {
  test(`${user}'s main pages at both sizes`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(sizes[0]);
    await login(page, user, list[0].ready);
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const { path, ready } of list) {
        await page.goto(path);
        await ready(page);
        await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
        await expectNoHorizontalScroll(page);
        await expectNoCodes(page);
        await screenshot(page, `screens-${user}-${path === '/' ? 'home' : path.slice(1)}-${size.width}`);
      }
    }
    expect(errors).toEqual([]);
  });
}
