import { OrganizationKind, ORGANIZATION_KIND_LABELS } from '@metodset/shared';
import { dateOf, enumOf, innOf, intOf, listOf, textOf } from './cells';

describe('cell values', () => {
  it('reads dates in Russian, ISO, Excel date and serial forms', () => {
    expect(dateOf('05.03.1985')).toBe('1985-03-05');
    expect(dateOf('1985-03-05')).toBe('1985-03-05');
    expect(dateOf(new Date(Date.UTC(1985, 2, 5)))).toBe('1985-03-05');
    expect(dateOf(31111)).toBe('1985-03-05');
    expect(dateOf('31.02.1985')).toBe('invalid');
    expect(dateOf('вчера')).toBe('invalid');
    expect(dateOf(null)).toBeNull();
  });

  it('keeps digits of numbers and restores an ИНН’s leading zero', () => {
    expect(textOf(7707083893)).toBe('7707083893');
    expect(innOf(274062111)).toBe('0274062111');
    expect(innOf(' 7707083893 ')).toBe('7707083893');
  });

  it('reads whole numbers and lists', () => {
    expect(intOf('12')).toBe(12);
    expect(intOf('1,5')).toBe('invalid');
    expect(listOf('Математика, физика; математика;')).toEqual(['Математика', 'физика', 'математика']);
  });

  it('finds an enum by code, label or synonym', () => {
    expect(enumOf('lyceum', ORGANIZATION_KIND_LABELS)).toBe(OrganizationKind.LYCEUM);
    expect(enumOf('Гимназия', ORGANIZATION_KIND_LABELS)).toBe(OrganizationKind.GYMNASIUM);
    expect(enumOf('СОШ', ORGANIZATION_KIND_LABELS, { сош: OrganizationKind.SCHOOL })).toBe(OrganizationKind.SCHOOL);
    expect(enumOf('Университет', ORGANIZATION_KIND_LABELS)).toBeUndefined();
  });
});
