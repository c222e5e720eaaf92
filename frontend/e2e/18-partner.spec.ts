// 开放接口: the city creates a key for a district's command centre, sees it
// once, the partner reads with it (its district only, contacts masked, the
// cost in extensions), the usage is drawn, a query registered; the key is
// rotated and revoked; GraphiQL opens with it. A district administrator has
// no such page.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { choose, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };

async function asPartner(request: APIRequestContext, secret: string, query: string) {
  const r = await request.post('/query', { headers: { 'X-API-Key': secret, 'Content-Type': 'application/json' }, data: { query } });
  return { status: r.status(), body: await r.json() };
}

test('create a key (shown once) → the partner reads its district → usage → register a query → rotate → revoke', async ({ browser, request }) => {
  const page = await (await browser.newContext({ viewport: wide })).newPage();
  await login(page, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await page.getByRole('link', { name: '开放接口', exact: true }).click();
  await expect(page).toHaveURL(/\/partners/);
  const keys = page.getByTestId('api-keys');
  await expect(keys).toContainText('长沙市生态环境大屏（演示）');
  await expect(keys.locator('tr').filter({ hasText: '某研究院' })).toContainText('已吊销');

  // A new key for 岳麓区: enterprises and self-checks, a small budget.
  await page.getByRole('button', { name: '新建密钥' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill('岳麓区指挥中心');
  await choose(page, dialog.getByLabel('区县'), '岳麓区');
  await page.keyboard.press('Escape');
  // The form offers the server's own bounds and defaults (apiKeyBounds).
  const budget = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('额度') });
  await expect(budget).toContainText('10–100000');
  await expect(dialog.getByLabel('额度')).toHaveAttribute('placeholder', '默认 5000');
  await dialog.getByLabel('额度').fill('2000');
  await dialog.getByRole('button', { name: '保存' }).click();
  const shown = page.getByRole('dialog').filter({ hasText: '只显示这一次' });
  await expect(shown).toBeVisible();
  const secret = (await shown.getByTestId('api-key-secret').locator('code').innerText()).trim();
  expect(secret).toMatch(/^gck_[A-Za-z0-9]{32}$/);
  await expect(shown.locator('pre')).toContainText(`Authorization: Bearer ${secret}`);
  await screenshot(page, 'partner-secret-1440');

  // The partner reads with it: 岳麓区's enterprises only, contacts masked, the cost reported.
  const r = await asPartner(request, secret, '{ enterprises(first: 20) { totalCount edges { node { district { nameZh } contacts { name phone } } } } }');
  expect(r.status).toBe(200);
  const edges = r.body.data.enterprises.edges as { node: { district: { nameZh: string }; contacts: { name: string; phone?: string }[] } }[];
  expect(edges.length).toBeGreaterThan(0);
  for (const e of edges) {
    expect(e.node.district.nameZh).toBe('岳麓区');
    for (const c of e.node.contacts) expect(c.name).toMatch(/\*$/);
  }
  expect(r.body.extensions.cost.bucket).toMatchObject({ capacity: 2000, refillPerSecond: 100 });
  expect(r.body.extensions.cost.actual).toBeGreaterThan(0);
  const warnings = await asPartner(request, secret, '{ warnings(first: 1) { totalCount } }');
  expect(warnings.body.errors[0].extensions.code).toBe('FORBIDDEN');

  // GraphiQL with the key in its headers pane: the partner's answer.
  const [graphiql] = await Promise.all([page.waitForEvent('popup'), shown.getByRole('button', { name: '用此密钥打开 GraphiQL' }).click()]);
  await expect(graphiql.locator('.graphiql-container')).toBeVisible();
  await expect(graphiql.locator('.graphiql-editor-tool')).toContainText(secret);
  await graphiql.getByRole('button', { name: /Execute query/i }).click();
  // (The answer's end, extensions.cost, lies below the editor's rendered lines.)
  await expect(graphiql.locator('.graphiql-response')).toContainText('"nameZh": "岳麓区"');
  await expect(graphiql.locator('.graphiql-response')).toContainText('****');
  expect(await graphiql.evaluate(() => localStorage.getItem('greencheck.graphiql.key'))).toBeNull();
  await graphiql.close();
  await shown.locator('.ant-modal-footer').getByRole('button', { name: /关\s?闭/ }).click();
  await expect(page.getByText('密钥“岳麓区指挥中心”已创建')).toBeVisible();

  // Its usage: today's requests, drawn; a query registered for it.
  const row = keys.locator('tr').filter({ hasText: '岳麓区指挥中心' });
  await expect(row).toContainText('有效');
  await expect(row).toContainText('2000 点，每秒恢复 100 点');
  await row.getByRole('button', { name: '用量' }).click();
  const drawer = page.getByRole('dialog', { name: /近 30 日用量/ });
  await expect(drawer.getByText(/合计：/)).toContainText(/合计：执行 [1-9]\d* 次/);
  await expect(drawer.locator('canvas')).toBeVisible();
  await drawer.getByLabel('名称').fill('企业数');
  await drawer.getByLabel('查询').fill('{ enterprises(first: 1) { totalCount } }');
  await drawer.getByRole('button', { name: '登记查询' }).click();
  await expect(drawer.locator('.ant-list-item')).toContainText('企业数');
  const hash = (await drawer.locator('.ant-list-item code').first().innerText()).trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  const byHash = await request.post('/query', { headers: { 'X-API-Key': secret },
    data: { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } });
  expect((await byHash.json()).data.enterprises.totalCount).toBe(r.body.data.enterprises.totalCount);
  await screenshot(page, 'partner-usage-1440');
  await page.keyboard.press('Escape');

  // Rotated at once (no overlap): the old secret stops, the new one works.
  await row.getByRole('button', { name: '轮换' }).click();
  const rotate = page.getByRole('dialog').filter({ hasText: '轮换密钥' });
  await rotate.getByLabel('旧密钥继续可用（分钟）').fill('0');
  await rotate.getByRole('button', { name: '轮换' }).click();
  const rotated = page.getByRole('dialog').filter({ hasText: '新密钥已生成' });
  const next = (await rotated.getByTestId('api-key-secret').locator('code').innerText()).trim();
  expect(next).not.toBe(secret);
  await rotated.locator('.ant-modal-footer').getByRole('button', { name: /关\s?闭/ }).click();
  expect((await asPartner(request, secret, '{ __typename }')).status).toBe(401);
  expect((await asPartner(request, next, '{ enterprises(first: 1) { totalCount } }')).body.data.enterprises.totalCount).toBe(r.body.data.enterprises.totalCount);

  // Revoked: refused from the next request; the row can no longer be changed.
  await row.getByRole('button', { name: '吊销' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /OK|确 ?定/ }).click();
  await expect(page.getByText('密钥“岳麓区指挥中心”已吊销')).toBeVisible();
  await expect(row).toContainText('已吊销');
  await expect(row.getByRole('button', { name: '轮换' })).toHaveCount(0);
  const refused = await asPartner(request, next, '{ __typename }');
  expect(refused.status).toBe(401);
  expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

  // On a phone the page scrolls in its table only.
  await page.setViewportSize(phone);
  await expect(keys).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'partner-360');
});

test('a district administrator has no 开放接口 page', async ({ page }) => {
  await page.setViewportSize(wide);
  await login(page, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await expect(page.getByRole('link', { name: '开放接口', exact: true })).toHaveCount(0);
  await page.goto('/partners');
  await expect(page.getByTestId('forbidden')).toContainText('无权访问');
});
