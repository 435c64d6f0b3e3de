import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

/** The app's languages, the default first (the city's). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'waystation.language';

const isLanguage = (value: string | null): value is Language => LANGUAGES.some((language) => language === value);

export function setUpI18n(storage: Storage): typeof i18next {
  const stored = storage.getItem(STORAGE_KEY);
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: isLanguage(stored) ? stored : LANGUAGES[0],
    fallbackLng: LANGUAGES[0],
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    storage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  });
  return i18next;
}
