import { describe, expect, it } from 'vitest';
import { textsOf, type TextTree } from '../../build/texts.mts';
import { createI18nWith } from './setup';
import { core } from './core';
import { ru } from './ru';
import { addTexts } from './texts';

const all = ru as unknown as TextTree;

/** Every leaf of a text tree as a dotted key. */
function keys(node: TextTree | string, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Source files of the SPA (not the generated gql folder, not tests, not the texts themselves). */
const sources = Object.entries(
  import.meta.glob(['../**/*.vue', '../**/*.ts', '!../gql/**', '!../**/*.spec.ts', '!../test/**', '!../**/*.i18n.ts', '!./**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
);

describe('texts per module (build/texts.mts)', () => {
  it('finds a literal key, a group, a template head and a concatenated head', () => {
    const code = [
      `t('organization.listTitle')`,
      `_unref(t)("route.page.edit")`,
      'label: t(`route.status.${s}`)',
      `t('enums.organizationKind.' + kind)`,
      `const file = 'report.xlsx'; const ver = '1.2.3'; const path = 'no.such.key';`,
    ].join('\n');
    const texts = textsOf(code, all);
    expect(keys(texts).sort()).toEqual(
      [
        'organization.listTitle',
        'route.page.edit',
        ...keys(ru.route.status as unknown as TextTree, 'route.status'),
        ...keys(ru.enums.organizationKind as unknown as TextTree, 'enums.organizationKind'),
      ].sort(),
    );
    expect((texts['organization'] as TextTree)['listTitle']).toBe(ru.organization.listTitle);
  });

  it('gives the group before the last dot for a head that stops inside a word', () => {
    expect(Object.keys(textsOf('t(`route.page.x${a}`)', all)['route'] as TextTree)).toEqual(['page']);
  });

  it('brings with every module of the SPA each literal key its code asks for', () => {
    const call = /\b(?:t|te)\(\s*'([a-zA-Z][\w.]*)'/g;
    const missing: string[] = [];
    let checked = 0;
    for (const [file, text] of sources) {
      const have = new Set(keys(textsOf(text, all)));
      for (const m of text.matchAll(call)) {
        const key = m[1] as string;
        checked++;
        if (!have.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('merges texts added before and after the app’s i18n exists', () => {
    addTexts({ spec: { before: 'до' } });
    const i18n = createI18nWith(core);
    addTexts({ spec: { after: 'после' } });
    const t = i18n.global.t as unknown as (key: string) => string;
    expect(t('spec.before')).toBe('до');
    expect(t('spec.after')).toBe('после');
    expect(t('auth.title')).toBe(core.auth.title);
  });
});
