// A district's whole campaign in the browser, as its users do it: admin
// issues a task → qiye (phone) answers it with one failing item, sees the
// guidance at once and submits → the finding exists with its deadline and
// guidance → qiye uploads evidence → furong rejects with a reason → qiye
// resubmits → furong approves → CLOSED; the task's figures and the
// finding's history show it. Writes, so it runs last.
import { expect, test, type Page } from '@playwright/test';
import { desktop, login, phone, screenshot } from './helpers';

// A real 1×1 PNG: the server decides the type by the content.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Item {
  id: string; code: string; answerType: string; defaultDeadlineDays: number; findingLabelZh: string;
  compliance: { expect?: string | null; min?: number | null; max?: number | null; withinMonths?: number | null; aheadDays?: number | null; choices?: string[] | null; compliant?: string[] | null };
}

/** The applicable items of a self-check, read with the page's own session. */
async function itemsOf(page: Page, selfCheckID: string): Promise<Item[]> {
  return page.evaluate(async (id) => {
    const s = JSON.parse(localStorage.getItem('greencheck.session') ?? '{}');
    const r = await fetch('/query', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.accessToken}` },
      body: JSON.stringify({ query: `query($id:ID!){node(id:$id){... on SelfCheck{applicableItems{id code answerType defaultDeadlineDays findingLabelZh compliance{expect min max withinMonths aheadDays choices compliant}}}}}`, variables: { id } }) });
    return (await r.json()).data.node.applicableItems;
  }, selfCheckID);
}

const day = (offset: number) => new Date(Date.now() + offset * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);

test('a whole campaign: issue, answer, guidance, evidence, reject, resubmit, close (销号)', async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `E2E 专项自查 ${Date.now()}`;
  const admin = await (await browser.newContext({ viewport: desktop })).newPage();
  const qiye = await (await browser.newContext({ viewport: phone })).newPage();
  const furong = await (await browser.newContext({ viewport: desktop })).newPage();

  // 1. admin issues the task to 芙蓉区 with the wizard's live count.
  await login(admin, 'admin', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await admin.getByRole('link', { name: '自查任务' }).click();
  await admin.getByRole('button', { name: '下发自查任务' }).click();
  await expect(admin).toHaveURL(/\/tasks\/new$/);
  await admin.getByRole('textbox', { name: '任务名称', exact: true }).fill(title);
  const due = admin.getByLabel('截止日期');
  await due.click();
  await due.fill(day(30));
  await due.press('Enter');
  await admin.getByRole('button', { name: '下一步' }).click();
  const inScope = async () => Number((await admin.getByTestId('in-scope').locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
  let all = 0;
  await expect(async () => {
    all = await inScope();
    expect(all).toBeGreaterThan(1000);
  }).toPass();
  const districts = admin.getByLabel('区县');
  await districts.click();
  await districts.fill('芙蓉');
  await admin.locator('.ant-select-dropdown:visible').getByTitle('芙蓉区', { exact: true }).click();
  await districts.press('Escape'); // the list closes (it would cover the send button)
  await screenshot(admin, 'task-wizard-scope-1366');
  await expect(async () => {
    const n = await inScope();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
  }).toPass();
  await admin.getByRole('button', { name: /下发给 \d+ 家企业/ }).click();
  await expect(admin.getByRole('heading', { name: title })).toBeVisible();
  await expect(admin.getByRole('row', { name: /芙蓉区/ })).toBeVisible();
  const taskURL = new URL(admin.url()).pathname;

  // 2. qiye, on a phone, finds the task and answers it: one item fails.
  await login(qiye, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  await qiye.getByTestId('task').filter({ hasText: title }).getByRole('link').click();
  await expect(qiye.getByRole('heading', { name: title })).toBeVisible();
  const selfCheckID = new URL(qiye.url()).pathname.split('/').pop()!;
  const items = await itemsOf(qiye, selfCheckID);
  const failing = items.find((i) => i.answerType === 'YES_NO' && (i.compliance.expect ?? 'YES') === 'YES')!;
  for (const it of items) {
    const card = qiye.getByTestId(`item-${it.code}`);
    const c = it.compliance;
    switch (it.answerType) {
      case 'YES_NO':
      case 'YES_NO_NA': {
        const yes = (c.expect ?? 'YES') === 'YES';
        const answer = it === failing ? !yes : yes;
        await card.locator('.ant-radio-button-wrapper').filter({ hasText: answer ? '是' : '否' }).first().click();
        break;
      }
      case 'NUMBER': {
        const input = card.getByRole('spinbutton');
        await input.fill(String(c.min ?? c.max ?? 1));
        await input.blur();
        break;
      }
      case 'DATE': {
        const input = card.getByLabel(it.code);
        await input.click();
        await input.fill(c.aheadDays != null ? day(c.aheadDays + 30) : day(0));
        await input.press('Enter');
        break;
      }
      default: {
        await card.getByLabel(it.code).click();
        await qiye.locator('.ant-select-dropdown:visible').getByTitle(c.compliant![0], { exact: true }).click();
      }
    }
    if (it === failing) {
      // The guidance shows at once, under the item.
      await expect(card.getByRole('status')).toContainText('整改方向');
    }
  }
  await expect(qiye.getByText(`已答 ${items.length} / ${items.length} 项`)).toBeVisible();
  await qiye.getByRole('button', { name: '提交自查' }).click();
  await expect(qiye.getByRole('dialog')).toContainText('提交后将生成 1 个整改问题');
  await qiye.getByRole('button', { name: '确认提交' }).click();
  await expect(qiye).toHaveURL(/\/rectifications$/);
  // Submitted, the self-check reads as text: the answers in words, no greyed-out controls.
  await qiye.goBack();
  await expect(qiye.getByTestId('answer-read').first()).toBeVisible();
  await expect(qiye.locator('.ant-radio-button-wrapper')).toHaveCount(0);
  await expect(qiye.getByTestId('answer-read').filter({ hasText: /^(是|否|不适用)$/ }).first()).toBeVisible();
  await screenshot(qiye, 'selfcheck-submitted-360');
  await qiye.goForward();
  await expect(qiye).toHaveURL(/\/rectifications$/);

  // 3. The finding exists with its deadline and guidance; qiye proves the fix.
  const dueDate = day(failing.defaultDeadlineDays);
  await qiye.getByRole('listitem').filter({ hasText: failing.findingLabelZh }).filter({ hasText: dueDate }).getByRole('link').click();
  await expect(qiye.getByText('整改方向')).toBeVisible();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText(`剩余 ${failing.defaultDeadlineDays} 天 · ${dueDate}`);
  await expect(qiye.locator('.ant-steps-item')).not.toHaveCount(0);
  const findingURL = new URL(qiye.url()).pathname;
  await qiye.getByTestId('file-input').setInputFiles({ name: '整改照片.png', mimeType: 'image/png', buffer: png });
  await expect(qiye.locator('.evidence-item')).toHaveCount(1);
  await qiye.getByLabel('整改措施').fill('已完成整改，附现场照片。');
  await qiye.getByRole('button', { name: '提交整改材料' }).click();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('待核查');

  // 4. furong sees the evidence and rejects with a reason.
  await login(furong, 'furong', async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await furong.goto(findingURL);
  await expect(furong.getByText('核查整改')).toBeVisible();
  const photo = furong.locator('.ant-card').filter({ hasText: '核查整改' }).locator('.evidence-item img');
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await furong.getByLabel('退回原因').fill('照片不清晰，请补充台账');
  await furong.getByRole('button', { name: '退回' }).click();
  await expect(furong.locator('.ant-descriptions-bordered')).toContainText('退回');

  // 5. qiye resubmits; furong approves: 销号.
  await qiye.reload();
  await expect(qiye.getByTestId('sent-back')).toContainText('照片不清晰，请补充台账');
  await qiye.getByLabel('整改措施').fill('已补充台账和清晰照片。');
  await qiye.getByRole('button', { name: '提交整改材料' }).click();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('待核查');
  await furong.reload();
  await furong.getByRole('button', { name: '通过并销号' }).click();
  await expect(furong.locator('.ant-descriptions-bordered')).toContainText('已销号');
  const trail = furong.getByTestId('audit-trail');
  for (const step of ['提交整改', '退回整改', '提交整改', '核查通过', '销号']) await expect(trail).toContainText(step);
  await expect(trail.locator('.ant-timeline-item')).toHaveCount(5);

  // 6. The task shows the submission and the closed finding.
  await admin.goto(taskURL);
  const progress = admin.locator('.ant-card').filter({ hasText: '完成情况' });
  await expect(progress.locator('.ant-statistic').filter({ hasText: '已提交' })).toContainText('1');
  const figures = admin.locator('.ant-card').filter({ hasText: '发现问题与整改' });
  await expect(figures.locator('.ant-statistic').filter({ hasText: '整改率' }).first()).toContainText('100');
  await qiye.reload();
  await expect(qiye.locator('.ant-descriptions-bordered')).toContainText('已销号');

  // 7. The ledger (整改台账) of the task exports to Excel with the list's filters.
  await admin.goto(`/findings?task=${taskURL.split('/').pop()}&open=all`);
  await expect(admin.getByTestId('finding-list').locator('tbody tr.ant-table-row')).not.toHaveCount(0);
  await admin.getByTestId('export-button').click();
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('menuitem', { name: 'Excel（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^整改台账-\d{8}-\d{6}\.xlsx$/);
  const bytes = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe('PK'); // a zip: an .xlsx workbook
});
