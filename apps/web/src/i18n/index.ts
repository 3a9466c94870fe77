import { createI18n } from 'vue-i18n';
import { ru, type Messages } from './ru';

/** Russian plural forms: 0 | 1, 21 | 2–4, 22–24 | 5–20, 25… */
export function russianPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice);
  if (choicesLength < 4) return n === 1 ? 0 : 1;
  if (n === 0) return 0;
  const teen = n % 100 > 10 && n % 100 < 20;
  if (!teen && n % 10 === 1) return 1;
  if (!teen && n % 10 >= 2 && n % 10 <= 4) return 2;
  return 3;
}

export function createAppI18n() {
  return createI18n<[Messages], 'ru', false>({
    legacy: false,
    locale: 'ru',
    fallbackLocale: 'ru',
    messages: { ru },
    pluralRules: { ru: russianPlural },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
export { ru };
