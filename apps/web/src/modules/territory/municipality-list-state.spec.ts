import { describe, expect, it } from 'vitest';
import { parseMunicipalityListQuery, toMunicipalityFilter, toMunicipalityListQuery, validateMunicipalityForm } from './municipality-list-state';

const m = { required: 'Заполните поле', oktmo: 'Код ОКТМО — 8 или 11 цифр' };

describe('municipality list and form', () => {
  it('keeps only what differs from the defaults in the URL', () => {
    const s = parseMunicipalityListQuery({ q: 'Киров', archived: 'ALL' });
    expect(s).toEqual({ search: 'Киров', regionId: null, archived: 'ALL' });
    expect(toMunicipalityListQuery(s)).toEqual({ q: 'Киров', archived: 'ALL' });
    expect(toMunicipalityListQuery(parseMunicipalityListQuery({}))).toEqual({});
    expect(toMunicipalityFilter(s)).toEqual({ search: 'Киров', regionId: null, archived: 'ALL' });
  });

  it('checks the OKTMO code: 8 or 11 digits, or none', () => {
    const base = { regionId: 'r1', name: 'Кировский район', kind: 'DISTRICT' };
    expect(validateMunicipalityForm({ ...base, oktmo: '41625000' }, false, m)).toEqual({});
    expect(validateMunicipalityForm({ ...base, oktmo: '41625101001' }, false, m)).toEqual({});
    expect(validateMunicipalityForm({ ...base, oktmo: '' }, false, m)).toEqual({});
    expect(validateMunicipalityForm({ ...base, oktmo: '4162500' }, false, m)).toEqual({ oktmo: m.oktmo });
    expect(validateMunicipalityForm({ ...base, oktmo: '41 625 000' }, false, m)).toEqual({ oktmo: m.oktmo });
  });

  it('asks for the region only when creating, and always for the name and kind', () => {
    expect(validateMunicipalityForm({ regionId: null, name: ' ', kind: null, oktmo: '' }, false, m)).toEqual({ regionId: m.required, name: m.required, kind: m.required });
    expect(validateMunicipalityForm({ regionId: null, name: 'Район', kind: 'DISTRICT', oktmo: '' }, true, m)).toEqual({});
  });
});
