import { withInnCheckDigit } from '@metodset/shared';
import { describe, expect, it } from 'vitest';
import { emptyOrganizationForm, isOrganizationFormField, newStatusRow, toOrganizationInput, validateOrganizationForm } from './organization-form';

const messages = { required: 'Обязательное поле', year: (min: number, max: number) => `${min}–${max}`, email: 'Почта' };

describe('organisation form', () => {
  it('requires municipality, name and kind', () => {
    expect(validateOrganizationForm(emptyOrganizationForm(), messages)).toEqual({
      municipalityId: 'Обязательное поле',
      name: 'Обязательное поле',
      kind: 'Обязательное поле',
    });
  });

  it('checks the ИНН with the shared validator', () => {
    const form = { ...emptyOrganizationForm(), municipalityId: 'm1', name: 'МОУ СОШ № 1', kind: 'SCHOOL' as const };
    expect(validateOrganizationForm({ ...form, inn: '123' }, messages)).toEqual({ inn: 'ИНН организации — 10 цифр, а здесь 3' });
    expect(validateOrganizationForm({ ...form, inn: '7707083894' }, messages)).toEqual({ inn: 'Неверная контрольная цифра ИНН' });
    expect(validateOrganizationForm({ ...form, inn: withInnCheckDigit('760400123') }, messages)).toEqual({});
  });

  it('takes an ИНН pasted with spaces and a site without https://, and says what fits', () => {
    const form = { ...emptyOrganizationForm(), municipalityId: 'm1', name: 'МОУ СОШ № 1', kind: 'SCHOOL' as const };
    const inn = withInnCheckDigit('760400123');
    const pasted = { ...form, inn: `${inn.slice(0, 4)} ${inn.slice(4, 7)}\u00a0${inn.slice(7)}`, website: 'school.ru/about' };
    expect(validateOrganizationForm(pasted, messages)).toEqual({});
    expect(toOrganizationInput(pasted)).toMatchObject({ inn, website: 'https://school.ru/about' });
    expect(validateOrganizationForm({ ...form, inn: '500100732259' }, messages)).toEqual({
      inn: 'ИНН организации — 10 цифр, а здесь 12 — так выглядит ИНН физического лица',
    });
    expect(validateOrganizationForm({ ...form, website: 'не сайт' }, messages)).toEqual({ website: 'Сайт — адрес вида school.ru или https://school.ru' });
  });

  it('checks status rows by index', () => {
    const form = { ...emptyOrganizationForm(), municipalityId: 'm1', name: 'Лицей', kind: 'LYCEUM' as const };
    form.statuses = [{ ...newStatusRow(1999), kind: 'LOW_RESULTS' }, newStatusRow(null)];
    expect(validateOrganizationForm(form, messages)).toEqual({
      'statuses.0.year': `2000–${new Date().getFullYear() + 5}`,
      'statuses.1.kind': 'Обязательное поле',
      'statuses.1.year': 'Обязательное поле',
    });
  });

  it('sends blanks as null and trims', () => {
    const form = { ...emptyOrganizationForm(), municipalityId: 'm1', name: '  Гимназия № 2 ', kind: 'GYMNASIUM' as const, shortName: ' ' };
    form.statuses = [{ ...newStatusRow(2025), kind: 'HIGH_RESULTS', source: '' }];
    expect(toOrganizationInput(form)).toMatchObject({
      name: 'Гимназия № 2',
      shortName: null,
      inn: null,
      statuses: [{ kind: 'HIGH_RESULTS', year: 2025, source: null }],
    });
  });

  it('knows which server paths it shows', () => {
    expect(isOrganizationFormField('inn')).toBe(true);
    expect(isOrganizationFormField('statuses.3.source')).toBe(true);
    expect(isOrganizationFormField('updatedAt')).toBe(false);
  });
});
