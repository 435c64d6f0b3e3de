/** A text the gateway gives in both languages, in the worker's. */
export const localized = (text: { 'zh-CN': string; en: string }, language: string): string => (language === 'en' ? text.en : text['zh-CN']);
