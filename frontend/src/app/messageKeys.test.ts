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

describe('English counts', () => {
  it('read in the singular for one, and each singular belongs to a message with a count', async () => {
    await apply('en-US');
    const t = i18n.getFixedT('en-US');
    expect(t('report.rows', { count: 1 })).toBe('1 row');
    expect(t('report.rows', { count: 1000 })).toBe('1000 rows');
    expect(t('offline.unsent', { count: 1 })).toBe('1 answer is kept on this phone and will be sent once online.');
    expect(t('warning.plans.refused', { count: 3 })).toMatch(/^3 cells/);
    const orphans: string[] = [];
    const walk = (o: Record<string, unknown>, at: string) => {
      for (const [k, v] of Object.entries(o)) {
        const path = at ? `${at}.${k}` : k;
        if (typeof v === 'object' && v) walk(v as Record<string, unknown>, path);
        else if (k.endsWith('_one')) {
          const base = i18n.getResource('en-US', 'translation', path.slice(0, -4)) as unknown;
          if (typeof base !== 'string' || !base.includes('{{count}}')) orphans.push(path);
        }
      }
    };
    walk(i18n.getResourceBundle('en-US', 'translation') as Record<string, unknown>, '');
    await apply('zh-CN');
    expect(orphans).toEqual([]);
    expect(i18n.t('report.rows', { count: 1 })).toBe('共 1 行');
  });
});
