// Every message a page asks for by a literal key exists in both languages:
// a missing key shows its raw name to users ("warning.paren").
import i18n, { apply } from './i18n';

const sources = import.meta.glob(
  ['/src/app/**/*.{ts,tsx}', '/src/features/**/*.{ts,tsx}', '/src/components/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

// The features' own dictionaries (loaded with their pages in the app).
import.meta.glob('/src/features/**/messages.ts', { eager: true });

describe('message keys', () => {
  it('every literal t() key exists in Chinese and English', async () => {
    await apply('en-US');
    const missing: string[] = [];
    for (const [path, src] of Object.entries(sources)) {
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        for (const lng of ['zh-CN', 'en-US']) {
          if (!i18n.exists(m[1], { lng, fallbackLng: false })) missing.push(`${path}: ${m[1]} (${lng})`);
        }
      }
    }
    await apply('zh-CN');
    expect(missing, `\n${missing.join('\n')}\n`).toEqual([]);
  });
});
