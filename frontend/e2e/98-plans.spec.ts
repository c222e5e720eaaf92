// 应急减排清单 (一厂一策): an A-grade enterprise (e0020 in the demo city)
// declares its own measures on its phone (自主减排) — a duplicate line is
// refused on the field it names — the city sees the declaration on the
// enterprise's page and regrades it to B (the measures stay the
// enterprise's declaration), after which the enterprise may no
// longer declare; qiye (B) never could.
import { expect, test } from '@playwright/test';
import { choose, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };

test('an A-grade enterprise declares its measures; the city regrades it', async ({ browser }) => {
  const own = await (await browser.newContext({ viewport: phone })).newPage();
  await login(own, 'e0020', async (p) => { await expect(p.getByRole('link', { name: '我的' })).toBeVisible(); });
  await own.getByRole('link', { name: '我的' }).click();
  const plans = own.getByTestId('emission-plans');
  await expect(plans).toContainText('企业自主申报');
  await expect(plans).toContainText('物料运输');
  const name = await own.locator('.ant-descriptions-title').first().innerText();
  await plans.getByRole('button', { name: '申报自主减排措施' }).click();
  const dialog = own.getByRole('dialog');
  await expect(dialog).toContainText('绩效分级由分局认定');
  await expect(dialog.getByRole('combobox', { name: '绩效分级' })).toBeDisabled();
  // A new measure at the orange level: the boiler limited to 60 %.
  await dialog.getByRole('button', { name: '添加措施' }).click();
  const row = dialog.getByTestId('plan-measure').last();
  await row.getByLabel('生产线/工序').fill('物料运输');
  await choose(own, row.getByRole('combobox', { name: '措施' }), '限产');
  await row.getByRole('spinbutton', { name: '限产至（%）' }).fill('60');
  await dialog.getByRole('button', { name: '保存清单' }).click();
  // The same line twice at one level: refused on that row's field.
  await expect(row).toContainText('物料运输');
  await expect(row.locator('.ant-form-item-explain-error')).toBeVisible();
  await row.getByLabel('生产线/工序').fill('锅炉');
  await dialog.getByRole('button', { name: '保存清单' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(plans).toContainText('锅炉');
  await expect(plans).toContainText('限产至 60%');
  await expectNoHorizontalScroll(own);
  await screenshot(own, 'plan-declare-360');

  // qiye (grade B) sees its plan and cannot change it.
  const qiye = await (await browser.newContext({ viewport: phone })).newPage();
  await login(qiye, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  await qiye.getByRole('link', { name: '我的' }).click();
  await expect(qiye.getByTestId('emission-plans')).toContainText('管理部门制定');
  await expect(qiye.getByTestId('emission-plans').getByRole('button')).toHaveCount(0);

  // The city: the declaration on the enterprise's page; regraded to B.
  const admin = await (await browser.newContext({ viewport: wide })).newPage();
  await login(admin, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await admin.getByRole('link', { name: '企业管理' }).click();
  await admin.getByLabel('按名称或信用代码搜索').fill(name);
  await admin.getByLabel('按名称或信用代码搜索').press('Enter');
  await admin.getByRole('link', { name }).click();
  const card = admin.getByTestId('emission-plans');
  await expect(card).toContainText('企业自主申报');
  await expect(card).toContainText('锅炉');
  await screenshot(admin, 'plan-enterprise-1440');
  await card.getByRole('button', { name: '编辑清单' }).click();
  const edit = admin.getByRole('dialog');
  await choose(admin, edit.getByRole('combobox', { name: '绩效分级' }), 'B级');
  await edit.getByRole('button', { name: '保存清单' }).click();
  await expect(edit).toHaveCount(0);
  await expect(card).toContainText('B级');
  await expect(card).toContainText('企业自主申报'); // a regrade alone leaves the measures the enterprise's
  // The register still says A: the page says which grade warnings follow.
  await expect(card.getByTestId('grade-differs')).toContainText('清单的绩效分级为B级，企业档案中为A级');

  // The enterprise may no longer declare.
  await own.reload();
  await expect(plans).toContainText('B级');
  await expect(plans.getByRole('button')).toHaveCount(0);
});
