import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile';
import type { Messages } from './ru';
import { attachTexts, reportMissingText } from './texts';

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

/**
 * The app's i18n with `messages` as its Russian texts: all of them (`ru.ts`, specs) or, in main.ts, only `core.ts`
 * until `loadAllMessages` has brought the rest. Typed with every key either way.
 */
export function createI18nWith(messages: Messages | Partial<Messages>) {
  const i18n = createI18n<[Messages], 'ru', false>({
    legacy: false,
    locale: 'ru',
    fallbackLocale: 'ru',
    messages: { ru: messages as Messages },
    pluralRules: { ru: russianPlural },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
    // Production builds leave vue-i18n's compiler out (apps/web/build/lean.mts) and use this one.
    ...(import.meta.env.PROD ? { messageCompiler: compileMessage, missing: (_locale: string, key: string) => reportMissingText(key) } : {}),
  });
  // The texts of the modules loaded so far and later (production builds: texts per module, apps/web/build/texts.mts).
  attachTexts(i18n);
  return i18n;
}

export type AppI18n = ReturnType<typeof createI18nWith>;

let loading: Promise<void> | null = null;

/**
 * Every Russian text of the app (`ru.ts`: every module's texts), in dev and the specs. Once; a failed load (offline)
 * is retried on the next call and fails the navigation that asked for it, which the app reports as a page that could
 * not be loaded (layout/page-load-error.ts). A production build does without: each module brings its own texts
 * (apps/web/build/texts.mts, i18n/texts.ts).
 */
export function loadAllMessages(i18n: AppI18n): Promise<void> {
  if (__TEXTS_PER_MODULE__) return Promise.resolve();
  loading ??= import('./ru').then(
    ({ ru }) => i18n.global.setLocaleMessage('ru', ru),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
