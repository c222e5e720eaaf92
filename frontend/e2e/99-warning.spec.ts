// A whole heavy-pollution warning in two browsers: the city publishes an
// orange warning for 芙蓉区; qiye's phone shows the banner without a reload,
// acknowledges and reports with a photo while the city's board updates
// live; the warning is upgraded to red (qiye acknowledges again) and lifted.
// Last of the specs: it leaves a lifted warning in the demo city.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { api, choose, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const wide = { width: 1440, height: 900 };

test('publish → banner → acknowledge → report → live board → upgrade → lift', async ({ browser }) => {
  const admin = await (await browser.newContext({ viewport: wide })).newPage();
  const qiye = await (await browser.newContext({ viewport: phone })).newPage();
  await login(qiye, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  await expect(qiye.getByRole('alertdialog')).toHaveCount(0);

  // A district command centre's webhook receiver, configured by the city.
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { received.push({ headers: req.headers, body }); res.writeHead(204).end(); });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const hookURL = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;

  await login(admin, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await admin.getByRole('link', { name: '预警', exact: true }).click();
  await admin.getByRole('button', { name: '预警推送渠道' }).click();
  await admin.getByRole('button', { name: '新增渠道' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('名称').fill('芙蓉区指挥中心');
  await dialog.getByLabel('推送地址').fill(hookURL);
  await dialog.getByLabel('签名密钥').fill('e2e-secret-e2e-secret');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(admin.getByRole('cell', { name: '芙蓉区指挥中心' })).toBeVisible();

  // The city drafts with a live recipient preview, then publishes.
  await admin.getByRole('link', { name: '预警', exact: true }).click();
  await expect(admin.getByText('长沙市重污染天气橙色预警（2025年第2号）')).toBeVisible();
  await admin.getByRole('button', { name: '新建预警' }).click();
  await expect(admin).toHaveURL(/\/warnings\/new/);
  await admin.getByLabel('标题', { exact: true }).fill('长沙市重污染天气橙色预警（2026年第1号）');
  const before = await admin.getByTestId('recipient-preview').locator('.ant-card-head-title').innerText();
  await choose(admin, admin.getByLabel('区县', { exact: true }), '芙蓉区');
  await expect(admin.getByTestId('recipient-preview').locator('.ant-card-head-title')).not.toHaveText(before);
  await expect(admin.getByTestId('recipient-preview')).toContainText('芙蓉区');
  await admin.getByLabel('预警内容及全市通用管控措施').fill('停止室外喷涂、土石方作业；国三及以下柴油货车禁行。');
  await screenshot(admin, 'warning-form-1440');
  await admin.getByRole('button', { name: '保存并发布' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: '发布预警' }).click();
  await expect(admin.getByTestId('fig-targeted')).not.toContainText(/^\D*0$/);

  // qiye's phone: the banner arrives without a reload.
  const banner = qiye.getByRole('alertdialog');
  await expect(banner).toContainText('长沙市重污染天气橙色预警（2026年第1号）');
  await expect(banner).toContainText('橙色预警');
  await expect(banner).toContainText('距生效还有');
  await expect(banner).toContainText('本企业减排措施');
  await screenshot(qiye, 'warning-banner-360');
  await banner.getByRole('button', { name: '确认收到' }).click();
  await expect(banner).toHaveCount(0);
  await expect(admin.getByTestId('fig-acknowledged')).toContainText('1'); // live, no reload

  // The report, with a photo.
  await qiye.getByTestId('warning-strip').click();
  await expect(qiye.getByText('措施落实上报')).toBeVisible();
  await qiye.getByTestId('file-input').setInputFiles({ name: '停产照片.png', mimeType: 'image/png', buffer: png });
  await expect(qiye.locator('.evidence-item')).toHaveCount(1);
  await qiye.getByLabel('补充说明').fill('喷涂线已停产，调墨间已封存。');
  await expectNoHorizontalScroll(qiye);
  await screenshot(qiye, 'warning-report-360');
  await qiye.getByRole('button', { name: '提交上报' }).click();
  await expect(qiye.locator('.card').getByText(/已上报 1 次/)).toBeVisible();
  await expect(admin.getByTestId('fig-reported')).toContainText('1');
  await expect(admin.getByTestId('fig-evidence')).toContainText('1');
  // A figure opens its enterprises: the one that acknowledged, then those that did not, then by name.
  const receipts = admin.getByTestId('receipts');
  const rows = receipts.locator('tbody tr.ant-table-row');
  await admin.getByTestId('fig-acknowledged').click();
  await expect(admin).toHaveURL(/receipt=ACKNOWLEDGED/);
  await expect(receipts.locator('.ant-card-head-title')).toContainText('（1）');
  await expect(rows).toHaveCount(1);
  const name = (await rows.first().locator('td').nth(1).innerText()).trim();
  await receipts.getByLabel('响应情况').click();
  await admin.locator('.ant-select-dropdown:visible').getByTitle('未确认', { exact: true }).click();
  await expect(admin).toHaveURL(/receipt=NOT_ACKNOWLEDGED/);
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: name })).toHaveCount(0);
  await admin.getByTestId('fig-targeted').click(); // every enterprise again
  await expect(admin).not.toHaveURL(/receipt=/);
  await receipts.getByLabel('搜索企业名称').fill(name);
  await receipts.getByLabel('搜索企业名称').press('Enter');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await admin.reload(); // the filters are the address's
  await expect(receipts.getByLabel('搜索企业名称')).toHaveValue(name);
  await expect(rows).toHaveCount(1);
  await receipts.getByLabel('搜索企业名称').clear();
  await receipts.getByLabel('搜索企业名称').press('Enter');
  await expect(rows.first()).toBeVisible();
  await expect(rows).not.toHaveCount(1);
  // The command centre got the publication, signed, once.
  await expect(admin.locator('.ant-card').filter({ hasText: '外部推送' })).toContainText('已送达');
  expect(received).toHaveLength(1);
  expect(received[0].headers['x-greencheck-event']).toBe('warning.publish');
  expect(received[0].headers['x-greencheck-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  expect(JSON.parse(received[0].body).warning.title).toBe('长沙市重污染天气橙色预警（2026年第1号）');
  await screenshot(admin, 'warning-board-1440');

  // Upgraded to red: a new notice to acknowledge.
  await choose(admin, admin.getByLabel('新的级别'), '红色预警');
  // The title follows the level (editable).
  await expect(admin.getByTestId('adjust-title')).toHaveValue('长沙市重污染天气红色预警（2026年第1号）');
  await admin.getByRole('button', { name: '升级' }).click();
  // Not yet in effect: the new level keeps the planned start, and says so.
  await expect(admin.getByRole('dialog')).toContainText('原定生效时间');
  await admin.getByRole('dialog').getByRole('button', { name: '升级' }).click();
  await expect(banner).toContainText('长沙市重污染天气红色预警（2026年第1号）');
  await expect(banner).toContainText('升级');
  // The board follows the new round.
  await expect(admin.getByTestId('round-choice').locator('.ant-segmented-item-selected')).toContainText('第 2 轮');
  // 导出响应台账: every round's notices, the receipts table's own export unfiltered.
  const all = await api<{ node: { notices: { totalCount: number } } }>(admin, 'query($id: ID!) { node(id: $id) { ... on Warning { notices(first: 0) { totalCount } } } }',
    { id: new URL(admin.url()).pathname.split('/').pop() });
  await admin.getByRole('button', { name: '导出响应台账' }).click();
  const [ledger] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('menuitem', { name: 'Excel（.xlsx）' }).click()]);
  expect(ledger.suggestedFilename()).toMatch(/^预警响应台账-\d{8}-\d{6}\.xlsx$/);
  await expect(admin.locator('.ant-message')).toContainText(`已导出 ${all.node.notices.totalCount} 行`);
  await expect(admin.locator('.page-title')).toContainText('红色预警（2026年第1号）');
  await banner.getByRole('button', { name: '确认收到' }).click();
  await expect(banner).toHaveCount(0);
  // The red round asks for its own report: its form, not the last round's state.
  await qiye.getByTestId('warning-strip').click();
  await expect(qiye.getByText('红色预警').first()).toBeVisible();
  await expect(qiye.getByRole('button', { name: '提交上报' })).toBeVisible();
  // A question about this warning goes to the district's experts, about it.
  await expect(qiye.getByTestId('ask-about-notice')).toBeVisible();

  // Lifted: acknowledged too, and nothing is left to show.
  await admin.getByRole('button', { name: '解除预警' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(admin.locator('.page-head')).toContainText('已解除');
  await expect(banner).toContainText('预警已解除');
  await banner.getByRole('button', { name: '确认收到' }).click();
  await expect(banner).toHaveCount(0);
  await expect(qiye.getByTestId('warning-strip')).toHaveCount(0);
  // Every round reached the command centre: publish, upgrade, lift.
  await expect.poll(() => received.map((r) => r.headers['x-greencheck-event'])).toEqual(['warning.publish', 'warning.upgrade', 'warning.lift']);
  hook.close();
});

// The board's header in English: a time or a number of minutes never breaks
// inside itself at 1,440 px, and on a phone (labels above values) the
// announcement has the width of the screen, not of one character.
test('the board header keeps times and minutes whole, in English, desktop and phone', async ({ browser }) => {
  for (const viewport of [wide, { width: 1024, height: 800 }, phone]) {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto('/login');
    await page.evaluate(() => localStorage.setItem('greencheck.lang', 'en-US'));
    await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
    const { warnings } = await api<{ warnings: { edges: { node: { id: string; title: string } }[] } }>(page, '{ warnings(first: 20) { edges { node { id title } } } }');
    const lifted = warnings.edges.find((e) => e.node.title === '长沙市重污染天气橙色预警（2025年第2号）');
    expect(lifted).toBeTruthy();
    await page.goto(`/warnings/${lifted!.node.id}`);
    const header = page.locator('.ant-descriptions');
    await expect(header).toContainText('Acknowledge within (minutes)');
    for (const value of [header.getByText('120', { exact: true }), header.getByText('2025-12-04 17:00', { exact: true })]) {
      const box = await value.boundingBox();
      expect(box!.height).toBeLessThan(30); // one line
    }
    const announcement = await header.getByText(/经会商/).boundingBox();
    expect(announcement!.width).toBeGreaterThan(200); // it was one character (15 px) wide on a phone, 110 px at 1,024
    await expectNoHorizontalScroll(page);
    await screenshot(page, `warning-board-en-${viewport.width}`);
    await page.context().close();
  }
});
