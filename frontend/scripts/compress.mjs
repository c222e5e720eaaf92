// Pre-compresses the built SPA (run by `npm run build`): next to each text
// asset, a brotli (.br, quality 11) and a gzip (.gz, level 9) copy when it
// is smaller — the server sends the one the browser accepts, so no request
// pays for compression and phones on slow links get the smallest bytes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const text = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);
let raw = 0;
let br = 0;
for (const file of walk(dist)) {
  if (!text.has(extname(file))) continue;
  const data = readFileSync(file);
  raw += data.length;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  const g = gzipSync(data, { level: 9 });
  if (b.length < data.length) writeFileSync(`${file}.br`, b);
  if (g.length < data.length) writeFileSync(`${file}.gz`, g);
  br += Math.min(b.length, data.length);
}
console.log(`pre-compressed: ${(raw / 1024).toFixed(0)} KB of text → ${(br / 1024).toFixed(0)} KB brotli`);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
