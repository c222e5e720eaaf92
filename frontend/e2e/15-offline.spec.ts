// A phone on a dead network: an answer given offline is kept on the phone
// (待同步), survives a reload made without a network (the service worker
// opens the app, the page shows the copy last synced), and is sent once
// when the connection returns. Leaves qiye's answers as they were.
import { expect, test } from '@playwright/test';
import { api, login, phone, screenshot } from './helpers';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface SC { id: string; answers: { edges: { node: { value: string; attachments: { name: string }[]; item: { code: string; answerType: string } } }[] } }

test('an answer given offline survives a reload and is sent once when back online', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await login(page, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  const data = await api<{ selfChecks: { edges: { node: SC }[] } }>(page,
    `{ selfChecks(first: 5, where: { statusNEQ: SUBMITTED }) { edges { node { id viewerCan { answer }
       answers(first: 100) { edges { node { value item { code answerType } } } } } } } }`);
  const sc = data.selfChecks.edges[0].node;

  // The first visit's code is kept by the service worker (it was loaded before the worker controlled the page),
  // the other phone pages' code too: without a network they still open.
  await expect.poll(() => page.evaluate(async () => {
    const keys = await (await caches.open('greencheck-assets-v1')).keys();
    return keys.some((r) => r.url.includes('RectificationList')) && keys.some((r) => r.url.includes('SelfCheckPage'));
  }), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await page.getByRole('navigation').getByRole('link', { name: '整改' }).click();
  await expect(page.getByRole('heading', { name: '整改' })).toBeVisible();
  await context.setOffline(false);
  const yes = sc.answers.edges.map((e) => e.node).find((a) => a.value === 'YES' && a.item.answerType.startsWith('YES_NO'))!;
  expect(yes).toBeTruthy();
  const code = yes.item.code;

  // Opened once with a network: the service worker takes the page over and keeps its code.
  await page.goto(`/selfchecks/${sc.id}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect(page.getByTestId(`item-${code}`)).toBeVisible();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const answered = await page.getByText(/已答 \d+ \/ \d+ 项/).innerText();

  // Offline: the answer stays on the phone, marked 待同步 — not an error.
  await context.setOffline(true);
  const card = page.getByTestId(`item-${code}`);
  await card.getByText('否', { exact: true }).click();
  await expect(card.getByTestId('pending')).toHaveText('待同步');
  await expect(page.getByTestId('unsent')).toContainText('1 项回答已保存在本机');
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /待同步，联网后才能提交|还有 \d+ 项未回答/ })).toBeDisabled();
  // A photo taken offline is kept with the answer, shown from the phone.
  const toggle = card.getByRole('button', { name: '备注与照片' });
  if (await toggle.count()) await toggle.click();
  await card.getByTestId('file-input').setInputFiles({ name: '离线照片.png', mimeType: 'image/png', buffer: png });
  await expect(card.getByTestId('kept-files')).toContainText('离线照片.png');
  await expect(card.getByTestId('kept-files')).toContainText('待同步');
  await expect(card.getByRole('alert')).toHaveCount(0);

  // A reload without a network: the app opens, the page from the copy on the phone, the answer still there.
  await page.reload();
  await expect(page.getByTestId('offline-copy')).toBeVisible();
  await expect(page.getByTestId(`item-${code}`).locator('.ant-radio-button-wrapper-checked')).toHaveText('否');
  await expect(page.getByTestId(`item-${code}`).getByTestId('pending')).toBeVisible();
  await expect(page.getByTestId(`item-${code}`).getByTestId('kept-files')).toContainText('离线照片.png');
  await expect(page.getByText(answered)).toBeVisible();
  await screenshot(page, 'offline-pending-360');

  // Back online: sent once, in the background; the page shows the server's answer (and its guidance).
  const sends: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && (r.postData() ?? '').includes('mutation SaveAnswer')) sends.push(r.postData()!); });
  await context.setOffline(false);
  await expect(page.getByTestId(`item-${code}`).getByTestId('pending')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('unsent')).toHaveCount(0);
  await expect(page.getByTestId('offline-copy')).toHaveCount(0);
  await expect(page.getByTestId(`item-${code}`).getByRole('status')).toContainText('整改方向');
  // The photo was uploaded and now belongs to the answer.
  await expect(page.getByTestId(`item-${code}`).getByTestId('kept-files')).toHaveCount(0);
  await expect(page.getByTestId(`item-${code}`).locator('.evidence-gallery')).toContainText('离线照片.png');
  expect(sends).toHaveLength(1);
  const after = await api<{ node: SC }>(page, `query($id: ID!) { node(id: $id) { ... on SelfCheck { id answers(first: 100) { edges { node { value attachments { name } item { code answerType } } } } } } }`, { id: sc.id });
  const saved = after.node.answers.edges.find((e) => e.node.item.code === code)!.node;
  expect(saved.value).toBe('NO');
  expect(saved.attachments.map((a) => a.name)).toContain('离线照片.png');
  await page.waitForTimeout(1000);
  expect(sends).toHaveLength(1);

  // Put back as it was (online now: saved at once).
  await page.getByTestId(`item-${code}`).getByRole('button', { name: '删除 离线照片.png' }).click();
  await expect(page.getByTestId(`item-${code}`).locator('.evidence-gallery')).toHaveCount(0);
  await page.getByTestId(`item-${code}`).getByText('是', { exact: true }).click();
  await expect(page.getByTestId(`item-${code}`).getByRole('status')).toHaveCount(0);
  await expect(page.getByTestId(`item-${code}`).getByTestId('pending')).toHaveCount(0);
  await context.close();
});
