// Builds the Go server and starts it on a fresh SQLite demo city, serving
// the built SPA (frontend/dist). Used by playwright.config.ts.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = process.argv[2] ?? '18091';
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'greencheck-e2e');
execFileSync('go', ['build', '-o', bin, './api'], { cwd: root, stdio: 'inherit' });
const data = mkdtempSync(join(tmpdir(), 'greencheck-e2e-'));
const server = spawn(bin, [], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, GREENCHECK_ADDR: `127.0.0.1:${port}`, GREENCHECK_DATA_DIR: data,
    GREENCHECK_STATIC_DIR: join(root, 'frontend', 'dist'), GREENCHECK_DEMO: '1', DATABASE_URL: '',
    // The browser test's webhook receiver runs on this machine.
    GREENCHECK_WEBHOOK_LOOPBACK: '1',
    // Exports beyond 1,000 rows run in the background (the demo city's
    // 1,739 enterprises reach it; 19-exports).
    GREENCHECK_EXPORT_SYNC_ROWS: '1000' },
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(data, { recursive: true, force: true });
};
process.on('SIGTERM', () => { stop(); process.exit(0); });
process.on('SIGINT', () => { stop(); process.exit(0); });
server.on('exit', (code) => { rmSync(data, { recursive: true, force: true }); process.exit(code ?? 0); });
