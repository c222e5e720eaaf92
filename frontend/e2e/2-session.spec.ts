import { expect, test } from '@playwright/test';
import { desktop, login, phone } from './helpers';

test('switching the language changes the page and is remembered', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'admin', async (p) => {
    await expect(p.getByRole('heading', { name: '工作台' })).toBeVisible();
  });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', exact: true })).toBeVisible();
  await expect(page.getByTestId('stat-rate')).toContainText('Rectification rate');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
});

test('a wrong password is explained in the user language', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/login');
  await page.locator('#login-username').fill('qiye');
  await page.locator('#login-password').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
});

test('an expired session leads back to login without losing what was typed', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'furong', async (p) => {
    await expect(p.getByTestId('stat-enterprises')).toBeVisible();
  });
  await page.getByRole('link', { name: '企业管理' }).click();
  const search = page.getByPlaceholder('按名称或信用代码搜索');
  await search.fill('星城');
  // The session ends elsewhere: logged out on the server, the access token gone stale.
  await page.evaluate(async () => {
    const s = JSON.parse(localStorage.getItem('greencheck.session')!);
    await fetch('/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.accessToken}` },
      body: JSON.stringify({ query: 'mutation($t:String!){logout(input:{refreshToken:$t})}', variables: { t: s.refreshToken } }),
    });
    localStorage.setItem('greencheck.session', JSON.stringify({ ...s, accessToken: 'expired.token.value' }));
  });
  await search.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('登录已过期');
  await dialog.locator('#login-username').fill('furong');
  await dialog.locator('#login-password').fill('greencheck');
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog).toBeHidden();
  await expect(search).toHaveValue('星城');
  // Still on the list, its search in the address (it was sent before the session ended).
  await expect(page).toHaveURL(/\/enterprises(\?q=%E6%98%9F%E5%9F%8E)?$/);
});

test('signing out returns to the login page', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'yuelu', async (p) => {
    await expect(p.getByTestId('stat-enterprises')).toBeVisible();
  });
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/enterprises');
  await expect(page).toHaveURL(/\/login\?next=%2Fenterprises/);
});

test('another user signing in where an ended session left its pages starts afresh', async ({ page }) => {
  await page.setViewportSize(desktop);
  await login(page, 'furong', async (p) => {
    await expect(p.getByTestId('stat-enterprises')).toBeVisible();
  });
  await page.getByRole('link', { name: '企业管理' }).click();
  await expect(page.locator('.ant-table-row').first()).toBeVisible();
  const furongFirst = await page.locator('.ant-table-row').first().innerText();
  // The session ends elsewhere (logged out in another tab).
  await page.evaluate(async () => {
    const s = JSON.parse(localStorage.getItem('greencheck.session')!);
    await fetch('/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.accessToken}` },
      body: JSON.stringify({ query: 'mutation($t:String!){logout(input:{refreshToken:$t})}', variables: { t: s.refreshToken } }),
    });
    localStorage.setItem('greencheck.session', JSON.stringify({ ...s, accessToken: 'expired.token.value' }));
  });
  const search = page.getByPlaceholder('按名称或信用代码搜索');
  await search.fill('有限');
  await search.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('登录已过期');
  await dialog.locator('#login-username').fill('yuelu');
  await dialog.locator('#login-password').fill('greencheck');
  await dialog.getByRole('button', { name: '登录' }).click();
  // yuelu lands on its own home; nothing of furong's stays on screen.
  await expect(page.getByTestId('stat-enterprises')).toBeVisible({ timeout: 20000 });
  await expect(page.locator('header')).toContainText('岳麓区');
  await page.getByRole('link', { name: '企业管理' }).click();
  await expect(page.locator('.ant-table-row').first()).toBeVisible();
  expect(await page.locator('.ant-table-row').first().innerText()).not.toBe(furongFirst);
});
