// The enterprise phone on a bad network: Debian's Chromium throttled to
// 1.6 Mbps down / 750 kbps up with 150 ms latency (Chrome DevTools
// Protocol), a cold cache, against a running server (default
// http://127.0.0.1:8080, the demo city). Prints the bytes the browser
// received for JavaScript (compressed, as sent by the server) and the time
// from opening /login to the form, from signing in to qiye's home, and for
// a user already signed in, from opening the app to the home (a new
// browser context holding the session; no service worker, no cache).
// Usage: node scripts/slow-link.mjs [baseURL]
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
// No service worker: the network is measured, not its cache.
let ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });

/** A page on the phone's link: 1.6 Mbps down, 750 kbps up, 150 ms, no cache. */
async function throttled() {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
  });
  return { page, cdp };
}

// Times are taken in the page (performance.now(), from the navigation's
// start): when each awaited element first appears in a frame, and when the
// sign-in button is clicked — not through the automation's round trips.
const watch = () => {
  const seen = {};
  window.__seen = seen;
  const targets = { form: '#login-username', home: '[data-testid="rectification"]' };
  const tick = () => {
    for (const [k, sel] of Object.entries(targets)) if (!(k in seen) && document.querySelector(sel)) seen[k] = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('click', (e) => { if (e.target.closest?.('button[type=submit]')) seen.click = performance.now(); }, true);
};
await ctx.addInitScript(watch);
const seen = (p) => p.evaluate(() => window.__seen);

const { page, cdp } = await throttled();
const types = new Map();
let js = 0;
let all = 0;
cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
cdp.on('Network.loadingFinished', (e) => {
  all += e.encodedDataLength;
  if (types.get(e.requestId) === 'Script') js += e.encodedDataLength;
});
await page.goto(`${base}/login`);
await page.waitForSelector('#login-username');
const loginMs = Math.round((await seen(page)).form);
const loginJS = js;
const loginAll = all;
await page.fill('#login-username', 'qiye');
await page.fill('#login-password', 'greencheck');
await page.click('button[type=submit]');
await page.waitForSelector('[data-testid="rectification"]');
const s1 = await seen(page);
const homeMs = Math.round(s1.home - s1.click);
console.log(`login page: ${loginMs} ms, ${(loginJS / 1024).toFixed(1)} KB of JavaScript received (${(loginAll / 1024).toFixed(1)} KB in all)`);
console.log(`qiye's home after signing in: ${homeMs} ms; ${(js / 1024).toFixed(1)} KB of JavaScript received since opening /login (${(all / 1024).toFixed(1)} KB in all)`);
console.log(`to the home in all: ${loginMs + homeMs} ms on 1.6 Mbps / 150 ms`);

// The daily case: signed in already (the session stored on the phone), the
// app opened afresh with a cold cache (no service worker yet).
const state = await ctx.storageState(); // the session kept on the phone
ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', storageState: state });
await ctx.addInitScript(watch);
const { page: page2 } = await throttled();
await page2.goto(`${base}/`);
await page2.waitForSelector('[data-testid="rectification"]');
console.log(`signed in, opening the app (cold cache): ${Math.round((await seen(page2)).home)} ms to qiye's home`);
await browser.close();
