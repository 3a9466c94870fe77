import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile';
import { ru } from './ru';
import { russianPlural } from './setup';

/** Every leaf of the messages object as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node !== 'object' || node === null) return [[prefix, String(node)]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const make = (custom: boolean) =>
  createI18n({
    legacy: false,
    locale: 'ru',
    messages: { ru },
    pluralRules: { ru: russianPlural },
    missingWarn: false,
    fallbackWarn: false,
    ...(custom ? { messageCompiler: compileMessage } : {}),
  }).global;

describe('compileMessage (production builds)', () => {
  const reference = make(false);
  const ours = make(true);

  it('renders every message of ru.ts as vue-i18n’s own compiler does, with named, list and plural arguments', () => {
    const all = leaves(ru);
    expect(all.length).toBeGreaterThan(500);
    let plurals = 0;
    let named = 0;
    for (const [key, text] of all) {
      const names = [...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1] as string);
      const values = Object.fromEntries(names.map((n, i) => [n, `«${n}${i}»`]));
      const list = names.map((n) => `[${n}]`);
      if (names.length) named++;
      expect(ours.t(key, values), key).toBe(reference.t(key, values));
      expect(ours.t(key, list), key).toBe(reference.t(key, list));
      if (text.includes('|')) {
        plurals++;
        for (const n of [0, 1, 2, 5, 11, 21, 22, 25, 101, 112]) {
          expect(ours.t(key, n), `${key} ${n}`).toBe(reference.t(key, n));
          expect(ours.t(key, { ...values, count: n, n }, n), `${key} ${n}`).toBe(reference.t(key, { ...values, count: n, n }, n));
        }
      }
    }
    expect(named).toBeGreaterThan(20);
    expect(plurals).toBeGreaterThan(0);
  });

  it('keeps the text around placeholders and the spaces of a message that is not plural', () => {
    const t = make(true).t as (key: string, values?: unknown) => string;
    expect(t('common.shown', { from: 1, to: 50, total: 120 })).toBe('Показано 1–50 из 120');
    expect(t('common.total', { count: 7 })).toBe('Всего: 7');
  });
});
