import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import zhCN from './locales/zh-CN';

export type Lang = 'zh-CN' | 'en-US';
const KEY = 'greencheck.lang';

export function storedLang(): Lang {
  return localStorage.getItem(KEY) === 'en-US' ? 'en-US' : 'zh-CN';
}

// Chinese is bundled (most users); English is fetched when chosen, so it
// costs the phones nothing.
i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

let englishLoaded = false;

/** Loads a language's messages if they are not there yet (features may have added theirs already). */
async function load(lang: Lang) {
  if (lang === 'en-US' && !englishLoaded) {
    const { default: enUS, singular } = await import('./locales/en-US');
    i18n.addResourceBundle('en-US', 'translation', enUS, true, true);
    addSingulars('', singular);
    englishLoaded = true;
  }
}

/**
 * Adds a lazily loaded feature's messages under key, in both languages
 * (deep-merged into the one dictionary): the feature's pages import them.
 */
export function addMessages(key: string, zh: object, en: object, enSingular: Singulars = {}) {
  i18n.addResourceBundle('zh-CN', 'translation', { [key]: zh }, true, true);
  i18n.addResourceBundle('en-US', 'translation', { [key]: en }, true, true);
  addSingulars(`${key}.`, enSingular);
}

/**
 * English messages with a {{count}} as they read for one ("1 row", not "1 rows"): keyed by the
 * message's path ('offline.unsent'), registered as i18next's plural form key_one. Chinese has no
 * plural: its one message serves every count.
 */
export type Singulars = Record<string, string>;

function addSingulars(prefix: string, one: Singulars) {
  for (const [k, v] of Object.entries(one)) i18n.addResource('en-US', 'translation', `${prefix}${k}_one`, v);
}

/** Applies a language to i18next, dayjs and the document. */
export async function apply(lang: Lang) {
  await load(lang);
  dayjs.locale(lang === 'en-US' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

/** Resolves when the remembered language is ready (render after it). */
export const langReady: Promise<void> = storedLang() === 'zh-CN' ? Promise.resolve() : apply(storedLang()).catch(() => undefined);

/** Switches the language and remembers the choice. */
export function setLang(lang: Lang) {
  localStorage.setItem(KEY, lang);
  void apply(lang);
}

export default i18n;
