import { expect, test } from '@playwright/test';
import { login, screenshot } from './helpers';

// GraphiQL is served by the server itself: it works with every other host
// unreachable, and reads the schema with the SPA's session.
test('GraphiQL works offline with the SPA session', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await login(page, 'admin', (p) => expect(p.getByRole('navigation').first()).toBeVisible());
  await page.goto('/graphiql');
  await expect(page.locator('.graphiql-container')).toBeVisible();
  // The schema is read (introspection as the signed-in admin): the docs open.
  await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
  await expect(page.getByText('Root Types')).toBeVisible();
  await page.getByRole('button', { name: /Execute query/i }).click();
  await expect(page.locator('.graphiql-response')).toContainText('"username": "admin"');
  await screenshot(page, 'graphiql-desktop');
  expect(foreign).toEqual([]);
});
