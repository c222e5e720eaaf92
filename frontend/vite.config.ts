import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// In development the Go server runs on :8080; vite proxies the API to it
// (HTTP and WebSocket) so the SPA is same-origin as in production.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/query': { target: 'http://localhost:8080', ws: true, changeOrigin: false },
      '/files': 'http://localhost:8080',
    },
  },
  build: {
    target: 'es2020',
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
