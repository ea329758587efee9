import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { addEventTimeFormat } from './event-time';
import zhCN from './zh-CN.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'atrium.locale';

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

export function browserLocale(language: string): Locale {
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : browserLocale(navigator.language);
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/** Switches the UI language and remembers the choice on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

/**
 * Follows the signed-in user's saved language, unless someone picked one on this device: that explicit
 * choice wins. Not stored, so the next person signing in on a shared device gets their own.
 */
export async function adoptSavedLocale(saved: string | null | undefined): Promise<void> {
  const candidate = saved ?? null;
  if (!isLocale(candidate) || isLocale(localStorage.getItem(STORAGE_KEY)) || candidate === i18n.language) {
    return;
  }
  document.documentElement.lang = candidate;
  await i18n.changeLanguage(candidate);
}

const locale = initialLocale();
document.documentElement.lang = locale;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: locale,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
addEventTimeFormat(i18n);

export default i18n;
