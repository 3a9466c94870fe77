import { ru, type Messages } from './ru';
import { createI18nWith, russianPlural, type AppI18n } from './setup';

/** The app's i18n with every text at once (specs; main.ts starts with `core.ts` only, see setup.ts). */
export function createAppI18n() {
  return createI18nWith(ru);
}

export { ru, russianPlural, type AppI18n, type Messages };
