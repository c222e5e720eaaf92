// The problem list and a visit as the issue tells it: furong opens the
// list, plans a visit to an entry with the stationed expert, records it
// with a problem found → the finding appears for the enterprise, which
// confirms the record on its phone.
import { expect, test } from '@playwright/test';
import { api, expectNoCodes, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };

test('problem list → plan a visit with the expert → record a problem → the enterprise sees the finding and confirms', async ({ page, browser }) => {
  await page.setViewportSize(wide);
  await login(page, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.getByRole('link', { name: '帮扶清单', exact: true }).click();
  const rows = page.getByTestId('problem-list').locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('by-reason')).toContainText('问题逾期未整改');
  await screenshot(page, 'problem-list-1440');
  const entry = rows.filter({ has: page.getByRole('button', { name: '安排帮扶' }) }).first();
  const name = await entry.locator('td').first().innerText();
  await expect(entry).toContainText(/逾期|退回|过半|预警|自查|咨询/);
  await entry.getByRole('button', { name: '安排帮扶' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(name);
  await dialog.getByLabel('帮扶人员').click();
  await page.locator('.ant-select-dropdown:visible').getByText(/驻点专家/).first().click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: '安排帮扶' }).click();
  await expect(page).toHaveURL(/\/visits\/\d+$/);
  await expect(page.getByRole('heading', { name: `帮扶：${name}` })).toBeVisible();
  await expect(page.getByText('已安排', { exact: true })).toBeVisible();

  // Back on the list, the entry shows its planned visit (still listed: its reasons hold).
  await page.goBack();
  await expect(rows.filter({ hasText: name })).toContainText('帮扶');
  await page.goForward();
  await expect(page.getByTestId('record-visit')).toBeVisible();

  // Recorded by the expert of the team, at its own desk, with one problem and the plan's measure;
  // cancelling stays the district's.
  const visitAt = new URL(page.url()).pathname;
  const expert = await (await browser.newContext({ viewport: wide })).newPage();
  await login(expert, 'expert', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await expert.goto(visitAt);
  await expect(expert.getByTestId('record-visit')).toBeVisible();
  await expect(expert.getByRole('button', { name: '取消帮扶' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '取消帮扶' })).toBeVisible();
  const form = expert.getByTestId('record-visit');
  await form.getByLabel('现场情况').fill('现场检查了废气收集系统，活性炭吸附装置未按期更换，台账不全。');
  await form.getByRole('button', { name: '添加发现的问题' }).click();
  await form.getByLabel('问题', { exact: true }).fill('活性炭吸附装置未按期更换');
  await form.getByLabel('一企一策（整改方案）').fill('一周内更换活性炭，建立更换台账，并委托监测。');
  await form.getByRole('button', { name: '添加整改措施' }).click();
  await form.getByLabel('措施').fill('更换活性炭并建立台账');
  await form.getByLabel('责任人').fill('环保负责人');
  await screenshot(expert, 'visit-record-1440');
  await form.getByRole('button', { name: '记录帮扶情况' }).click();
  // Recording tells the enterprise and cannot be undone: asked once more.
  const sure = expert.getByRole('dialog').filter({ hasText: '确认记录' });
  await expect(sure).toContainText('1 个问题');
  await sure.getByRole('button', { name: '记录帮扶情况' }).click();
  await expect(expert.getByText('已开展', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('已开展', { exact: true })).toBeVisible();
  await expect(page.getByTestId('visit-findings')).toContainText('活性炭吸附装置未按期更换');
  await expect(page.getByText('等待企业确认')).toBeVisible();
  const visitURL = visitAt;

  // The enterprise's own user, on a phone.
  const users = await api<{ users: { edges: { node: { username: string } }[] } }>(page,
    'query($n: String!) { users(first: 1, where: { hasEnterpriseWith: [{ name: $n }] }) { edges { node { username } } } }', { n: name });
  const username = users.users.edges[0].node.username;
  const phonePage = await (await browser.newContext({ viewport: phone })).newPage();
  await login(phonePage, username, async (p) => { await expect(p.getByRole('link', { name: '我的' })).toBeVisible(); });
  await phonePage.getByRole('link', { name: '整改' }).click();
  await phonePage.getByText('活性炭吸附装置未按期更换').first().click();
  // The finding says where it came from and leads to the visit's record.
  await phonePage.getByRole('link', { name: /现场帮扶/ }).click();
  await expect(phonePage).toHaveURL(new RegExp(`${visitURL}$`));
  await phonePage.goto(visitURL);
  await expect(phonePage.getByTestId('visit-plan')).toContainText('更换活性炭并建立台账');
  await expectNoHorizontalScroll(phonePage);
  await expectNoCodes(phonePage);
  await screenshot(phonePage, 'visit-confirm-360');
  await phonePage.getByRole('button', { name: '确认收到' }).click();
  await phonePage.locator('.ant-popconfirm').getByRole('button', { name: '确认收到' }).click();
  await expect(phonePage.getByText(/企业已确认收到/)).toBeVisible();
  await expect(phonePage.getByRole('button', { name: '确认收到' })).toHaveCount(0);

  // furong sees it confirmed, on the enterprise's page too, and the list shows the visit held.
  await page.reload();
  await expect(page.getByText(/企业已确认收到/)).toBeVisible();
  await page.getByRole('link', { name: '帮扶清单', exact: true }).click();
  await expect(rows.filter({ hasText: name }).locator('td').nth(3)).toContainText('帮扶');
  await rows.filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByTestId('enterprise-visits')).toContainText('已开展');
  await expect(page.getByTestId('enterprise-visits')).toContainText('企业已确认收到');
});
