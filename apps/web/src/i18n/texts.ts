/** A tree of Russian texts: nested objects with strings as leaves. */
export interface TextTree {
  [key: string]: string | TextTree;
}

/** What receives the texts: the app's i18n (only its `mergeLocaleMessage` is used). */
export interface TextTarget {
  global: { mergeLocaleMessage(locale: 'ru', messages: never): void };
}

let target: TextTarget | null = null;
const pending: TextTree[] = [];

/**
 * Adds texts to the app's Russian texts. In a production build every module of the SPA calls it with the texts its
 * code names, as it is evaluated (apps/web/build/texts.mts), so a page's texts come with the page's chunks; texts
 * added before the app's i18n exists wait for it (`attachTexts`). Adding a text already there changes nothing.
 */
export function addTexts(texts: TextTree): void {
  if (target) target.global.mergeLocaleMessage('ru', texts as never);
  else pending.push(texts);
}

/** The app's i18n receives the texts added so far and every later one. */
export function attachTexts(i18n: TextTarget): void {
  target = i18n;
  for (const texts of pending.splice(0)) addTexts(texts);
}

/**
 * A text asked for and not there (production builds: a key some module asks for that no loaded module named; the
 * browser test apps/web-e2e/texts.test.mjs fails on it). The user sees the key; the console says which.
 */
export function reportMissingText(key: string): void {
  console.error(`[metodset] missing text: ${key}`);
}
