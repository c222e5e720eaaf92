// Self-service: passwords — the city resets an enterprise user's password;
// signing in with the temporary one leads only to 设置新密码 (the server
// answers nothing else); the change signs this phone in again and ends the
// other device's session; later the user changes it again from 我的.
import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };
const user = 'e1650';

test('a reset password must be changed first; a change ends the other sessions', async ({ browser }) => {
  const admin = await (await browser.newContext({ viewport: wide })).newPage();
  await login(admin, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await admin.getByRole('link', { name: '用户管理' }).click();
  await admin.getByLabel('按用户名或姓名搜索').fill(user);
  await admin.getByLabel('按用户名或姓名搜索').press('Enter');
  const row = admin.getByRole('row').filter({ hasText: user });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: '重置密码' }).click();
  await admin.getByRole('tooltip').getByRole('button', { name: /确\s*定|OK/ }).click();
  const notice = admin.getByRole('status');
  await expect(notice).toContainText('临时密码');
  const temporary = (await notice.innerText()).match(/临时密码：(\S+?)（/)![1];
  await expect(row).toContainText('待修改密码');

  // Two devices sign in with the temporary password: both see only 设置新密码.
  const other = await (await browser.newContext({ viewport: phone })).newPage();
  await login(other, user, async (p) => { await expect(p.getByTestId('change-password')).toBeVisible(); }, temporary);
  const mine = await (await browser.newContext({ viewport: phone })).newPage();
  await login(mine, user, async (p) => { await expect(p.getByTestId('change-password')).toBeVisible(); }, temporary);
  await expect(mine.getByText('您的密码由管理员设置')).toBeVisible();
  await mine.goto('/selfchecks'); // no way around it
  await expect(mine.getByTestId('change-password')).toBeVisible();
  await expectNoHorizontalScroll(mine);

  // The server's rule, on its field; the strength meter as typed.
  await mine.getByLabel('当前密码').fill(temporary);
  await mine.getByLabel('新密码', { exact: true }).fill('abcdefgh');
  await expect(mine.locator('.password-strength')).toContainText('弱');
  await mine.getByLabel('再次输入新密码').fill('abcdefgh');
  await mine.getByRole('button', { name: '修改密码' }).click();
  await expect(mine.getByText('密码至少 8 位，且须同时包含字母和数字').first()).toBeVisible();
  await mine.getByLabel('新密码', { exact: true }).fill('Lotus2026!x');
  await expect(mine.locator('.password-strength')).toContainText('强');
  await mine.getByLabel('再次输入新密码').fill('Lotus2026!x');
  await screenshot(mine, 'password-forced-360');
  await mine.getByRole('button', { name: '修改密码' }).click();
  await expect(mine.getByRole('link', { name: '我的' })).toBeVisible(); // home, signed in with the new password

  // The other device's session ended.
  await other.reload();
  await expect(other.locator('#login-username')).toBeVisible();
  await admin.reload();
  await admin.getByLabel('按用户名或姓名搜索').fill(user);
  await admin.getByLabel('按用户名或姓名搜索').press('Enter');
  await expect(admin.getByRole('row').filter({ hasText: user })).toContainText('启用');
  await expect(admin.getByRole('row').filter({ hasText: user })).not.toContainText('待修改密码');

  // Later, from 我的: a wrong current password is named on its field.
  await mine.getByRole('link', { name: '我的' }).click();
  await mine.getByRole('button', { name: '修改密码' }).click();
  const dialog = mine.getByRole('dialog');
  await dialog.getByLabel('当前密码').fill('wrong-password1');
  await dialog.getByLabel('新密码', { exact: true }).fill('Lotus2027!y');
  await dialog.getByLabel('再次输入新密码').fill('Lotus2027!y');
  await dialog.getByRole('button', { name: '修改密码' }).click();
  await expect(dialog.getByText('当前密码不正确')).toBeVisible();
  await dialog.getByLabel('当前密码').fill('Lotus2026!x');
  await dialog.getByRole('button', { name: '修改密码' }).click();
  await expect(mine.getByRole('link', { name: '我的' })).toBeVisible();
  await expect(mine.getByTestId('change-password')).toHaveCount(0);
  await screenshot(mine, 'password-home-after-360');
});

test('an enterprise keeps its own contacts current from 我的', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: phone })).newPage();
  await login(page, 'e1651', async (p) => { await expect(p.getByRole('link', { name: '我的' })).toBeVisible(); });
  await page.getByRole('link', { name: '我的' }).click();
  const card = page.getByTestId('contacts');
  await card.getByRole('button', { name: '编辑联系人' }).click();
  const dialog = page.getByRole('dialog');
  const before = await dialog.getByTestId('contact-edit').count();
  await dialog.getByRole('button', { name: '添加联系人' }).click();
  const added = dialog.getByTestId('contact-edit').last();
  await added.getByLabel('姓名').fill('赵六');
  await added.getByLabel('职责').fill('应急联系人');
  await added.getByLabel('电话').fill('电话号码');
  await dialog.getByRole('button', { name: '保存联系人' }).click();
  // The server's verdict, on the new contact's phone field.
  await expect(added.locator('.ant-form-item-explain-error')).toContainText('不是电话号码');
  expect(before).toBeGreaterThan(0); // the demo's contacts were loaded into the form
  await added.getByLabel('电话').fill('0731-88886666');
  await expect(added.locator('.ant-form-item-explain-error')).toHaveCount(0); // answered: the error goes
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'contacts-edit-360');
  await dialog.getByRole('button', { name: '保存联系人' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card).toContainText('赵六（应急联系人）');
  await expect(card.getByRole('link', { name: /0731-88886666/ })).toHaveAttribute('href', 'tel:0731-88886666');
});
