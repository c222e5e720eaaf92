import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import zhCN from './locales/zh-CN';
import enUS from './locales/en-US';

export type Lang = 'zh-CN' | 'en-US';
const KEY = 'greencheck.lang';

export function storedLang(): Lang {
  return localStorage.getItem(KEY) === 'en-US' ? 'en-US' : 'zh-CN';
}

i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: storedLang(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
dayjs.locale(storedLang() === 'en-US' ? 'en' : 'zh-cn');

/** Switches the language and remembers the choice. */
export function setLang(lang: Lang) {
  localStorage.setItem(KEY, lang);
  dayjs.locale(lang === 'en-US' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
