import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const phone = { width: 360, height: 740 };
export const desktop = { width: 1366, height: 800 };

/** Signs in through the login page; returns the milliseconds from submit until `ready` is visible. */
export async function login(page: Page, username: string, ready: (p: Page) => Promise<void>, password = 'greencheck') {
  await page.goto('/login');
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  const start = Date.now();
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await ready(page);
  return Date.now() - start;
}

const shots = resolve(import.meta.dirname, '../../test-results/screenshots');

export async function screenshot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Picks an option of an antd Select and checks it took: under load a click
 * on an option that is still animating in can be lost.
 */
export async function choose(page: Page, select: Locator, option: string) {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await select.click({ timeout: 5000 });
      await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click({ timeout: 5000 });
    } catch {
      continue; // the next click on the select closes or reopens the dropdown
    }
    const field = select.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');
    try {
      await expect(field).toContainText(option, { timeout: 3000 });
      return;
    } catch {
      // try again
    }
  }
  throw new Error(`could not choose ${option}`);
}

/** Runs a GraphQL operation with the page's own session (as the signed-in user). */
export async function api<T = Record<string, unknown>>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.evaluate(async ({ query, variables }) => {
    const s = JSON.parse(localStorage.getItem('greencheck.session') ?? '{}');
    const r = await fetch('/query', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.accessToken}` },
      body: JSON.stringify({ query, variables }) });
    return r.json();
  }, { query, variables });
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

/**
 * Internal codes never reach people: law abbreviations (APL 20, SWL 78…),
 * stored answer values (企业回答：NO) and audit action keys (finding.create).
 */
export async function expectNoCodes(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b(APL|SWL|EIAL|EPL|CPR)\b|\bPR \d|回答：(YES|NO|NA)\b|\bfinding\.[a-z_]+/);
}
