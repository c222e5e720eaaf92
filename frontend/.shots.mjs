import { chromium } from 'playwright-core';
const [user, w, h, ...paths] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto('http://127.0.0.1:18091/login');
await p.locator('#login-username').fill(user);
await p.locator('#login-password').fill('greencheck');
await p.getByRole('button', { name: /登录/ }).click();
await p.waitForTimeout(1500);
let i = 0;
for (const path of paths) {
  await p.goto('http://127.0.0.1:18091' + path);
  await p.waitForTimeout(2000);
  const ov = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await p.screenshot({ path: `/tmp/shot-${w}-${i++}.png` });
  console.log(path, 'overflow', ov);
}
await b.close();
