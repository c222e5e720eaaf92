// Measures the initial JavaScript of the built SPA: the entry chunk and
// every chunk it imports statically (what the browser loads before the
// login page or the enterprise home can render), gzip-compressed.
// Fails when it is over the budget (250 KB).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const budget = Number(process.env.BUDGET_KB ?? 250) * 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)[1];

const seen = new Set();
function walk(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const src = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not import().
  for (const m of src.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    walk(join('assets', m[1]));
  }
}
walk(entry);
let total = 0;
const rows = [];
for (const f of seen) {
  const gz = gzipSync(readFileSync(join(dist, f))).length;
  total += gz;
  rows.push([f, gz]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [f, gz] of rows) console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB  ${f}`);
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${budget / 1024} KB)`);
if (total > budget) {
  console.error('over budget');
  process.exit(1);
}
