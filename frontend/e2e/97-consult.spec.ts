// The district Q&A channel as the issue tells it: qiye asks about a
// checklist item on a phone → the stationed expert sees it arrive on the
// desk without reloading and answers → qiye sees the answer live and
// confirms → the city publishes it as an FAQ entry → it appears under that
// item in qiye's self-check.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoCodes, expectNoHorizontalScroll, login, phone, screenshot } from './helpers';

const wide = { width: 1440, height: 900 };

async function signedIn(browser: Browser, user: string, viewport: { width: number; height: number }, ready: (p: Page) => Promise<void>) {
  const page = await (await browser.newContext({ viewport })).newPage();
  await login(page, user, ready);
  return page;
}

test('ask about an item → the expert answers live → confirmed → published → the FAQ under the item', async ({ page, browser }) => {
  const title = `危废台账怎么记？${Date.now() % 100000}`;
  // The expert's desk is open before the question is asked.
  const expert = await signedIn(browser, 'expert', wide, async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await expert.getByRole('link', { name: '在线答疑', exact: true }).click();
  await expect(expert.getByTestId('question-queue')).toBeVisible();
  await expect(expert.getByTestId('question-figures')).toContainText('首次答复中位数');

  // qiye, on a phone, from its self-check's item LED-04.
  await page.setViewportSize(phone);
  await login(page, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  await page.getByTestId('task').first().getByRole('link').click();
  const card = page.getByTestId('item-LED-04');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('item-help')).not.toContainText('常见问题');
  await card.getByRole('link', { name: '就此项提问' }).click();
  await expect(page.getByRole('heading', { name: '向驻点专家提问' })).toBeVisible();
  await expect(page.getByText('LED-04')).toBeVisible();
  // Nothing typed: the form says what is missing, nothing is sent.
  await page.getByRole('button', { name: '提交问题' }).click();
  await expect(page.getByText('请填写问题标题')).toBeVisible();
  await page.getByLabel('问题标题').fill(title);
  await page.getByLabel('问题描述').fill('我们是长沙星城彩印包装有限公司，危险废物产生后台账应该记录哪些内容？联系电话 13800138000。');
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'consult-ask-360');
  await page.getByRole('button', { name: '提交问题' }).click();
  await expect(page).toHaveURL(/\/consult\/\d+$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('待答复')).toBeVisible();
  const questionURL = new URL(page.url()).pathname;

  // It arrives on the expert's desk without a reload.
  const row = expert.locator('.ant-table-row').filter({ hasText: title });
  await expect(row).toBeVisible({ timeout: 15000 });
  await expect(row).toContainText('长沙星城彩印包装有限公司');
  await screenshot(expert, 'consult-desk-1440');
  await row.getByRole('link', { name: title }).click();
  await expect(expert.getByTestId('question-body')).toContainText('危险废物产生后台账');
  await expert.getByLabel('输入答复内容').fill('危险废物台账应记录产生、贮存、转移、利用处置的种类、数量、时间和去向，并与转移联单一致，至少保存五年。');
  await expert.getByRole('button', { name: '发送' }).click();
  await expect(expert.getByTestId('thread').getByTestId('reply')).toHaveCount(1);

  // qiye sees the answer arrive, by the expert's name, and confirms.
  await expect(page.getByTestId('thread').getByTestId('reply')).toHaveCount(1, { timeout: 15000 });
  await expect(page.getByTestId('thread')).toContainText('驻点专家');
  await expect(page.getByText('已答复', { exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'consult-answered-360');
  await page.getByRole('button', { name: '问题已解决' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '问题已解决' }).click();
  await expect(page.getByText('企业已确认解决')).toBeVisible();
  await expect(page.getByText('本次咨询已结束。如有新的问题，请重新提问。')).toBeVisible();
  await expect(page.getByRole('button', { name: '发送' })).toHaveCount(0);
  await expectNoCodes(page);

  // The city publishes it: anonymised, filed under LED-04.
  const admin = await signedIn(browser, 'admin', wide, async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await admin.goto(questionURL);
  await admin.getByRole('button', { name: '发布为常见问题' }).click();
  // The anonymised draft to review: no name, no phone number.
  const dialog = admin.getByRole('dialog');
  await expect(dialog.getByLabel('问题描述')).toHaveValue(/危险废物产生后台账/);
  await expect(dialog.getByLabel('问题描述')).not.toHaveValue(/长沙星城彩印|13800138000/);
  await expect(dialog.getByLabel('答复')).toHaveValue(/转移联单/);
  await dialog.getByRole('button', { name: '发布为常见问题' }).click();
  await expect(admin.locator('.ant-tag', { hasText: '已发布为常见问题' })).toBeVisible();
  await screenshot(admin, 'consult-thread-1440');

  // Under the item in qiye's self-check, without the enterprise's name or phone.
  await page.getByRole('link', { name: '首页' }).click();
  await page.getByTestId('task').first().getByRole('link').click();
  const help = page.getByTestId('item-LED-04').getByTestId('item-help');
  await help.getByRole('button', { name: '常见问题（1）' }).click();
  await help.getByText(title).click();
  await expect(help).toContainText('转移联单');
  await expect(help).not.toContainText('长沙星城彩印包装有限公司');
  await expect(help).not.toContainText('13800138000');

  // And found by its words in the FAQ search of 咨询.
  await page.getByRole('link', { name: '咨询' }).click();
  await page.getByLabel('搜索常见问题，例如“活性炭”“危废”').fill('危废台账');
  await page.getByLabel('搜索常见问题，例如“活性炭”“危废”').press('Enter');
  await expect(page.getByTestId('faq-search')).toContainText(title);
  await expect(page.getByTestId('my-questions')).toContainText('已办结');
  await screenshot(page, 'consult-home-360');
});

// From a finding on its phone, qiye asks the experts about that finding;
// the thread names it and links back to it, for the expert too.
test('ask about a finding → the thread is about it', async ({ page, browser }) => {
  await page.setViewportSize(phone);
  await login(page, 'qiye', async (p) => { await expect(p.getByTestId('task').first()).toBeVisible(); });
  await page.goto('/rectifications');
  await page.locator('.ant-list-item').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/findings\/\d+$/);
  const findingTitle = (await page.locator('.page-head .page-title').textContent())!.trim();
  await page.getByTestId('ask-about-finding').click();
  await expect(page.getByTestId('ask-subject')).toContainText(findingTitle);
  await page.getByLabel('问题标题').fill(`整改材料怎么准备？${Date.now() % 100000}`);
  await page.getByLabel('问题描述').fill('这个问题整改需要上传哪些材料？');
  await page.getByRole('button', { name: '提交问题' }).click();
  await expect(page).toHaveURL(/\/consult\/\d+$/);
  const about = page.locator('.thread-meta').getByRole('link', { name: new RegExp(findingTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(about).toBeVisible();
  await expectNoHorizontalScroll(page);
  const thread = new URL(page.url()).pathname;
  // The expert opens the same thread and follows the link to the finding.
  const expert = await signedIn(browser, 'expert', wide, async (p) => { await expect(p.getByTestId('stat-enterprises')).toBeVisible(); });
  await expert.goto(thread);
  await expert.locator('.thread-meta').getByRole('link').click();
  await expect(expert.locator('.page-head .page-title')).toHaveText(findingTitle);
  // Administrators and experts ask no questions: no such link for them.
  await expect(expert.getByTestId('ask-about-finding')).toHaveCount(0);
});
