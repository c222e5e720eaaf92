// Measures how long the home takes to render after signing in, in Debian's
// Chromium against a running server (default http://127.0.0.1:8080, the
// demo city): median of 5 sign-ins per role. Usage: node scripts/home-timing.mjs [baseURL]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const roles = [
  { user: 'qiye', viewport: { width: 360, height: 740 }, ready: '[data-testid="rectification"]' },
  { user: 'furong', viewport: { width: 1366, height: 800 }, ready: '[data-testid="stat-rate"]' },
  { user: 'admin', viewport: { width: 1366, height: 800 }, ready: '[data-testid="stat-rate"]' },
];
for (const r of roles) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext({ viewport: r.viewport });
    const page = await ctx.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#login-username', r.user);
    await page.fill('#login-password', 'greencheck');
    const t0 = Date.now();
    await page.click('button[type=submit]');
    await page.waitForSelector(r.ready);
    times.push(Date.now() - t0);
    await ctx.close();
  }
  times.sort((a, b) => a - b);
  console.log(`${r.user.padEnd(7)} home rendered ${times[2]} ms after sign-in (median of 5; min ${times[0]}, max ${times[4]})`);
}
await browser.close();
