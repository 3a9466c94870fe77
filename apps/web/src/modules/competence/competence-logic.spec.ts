import { describe, expect, it } from 'vitest';
import { parseVersionedListQuery, statusSeverity, toFrameworkFilter, toVersionedListQuery, versionActions } from './framework-list-state';
import { suggestCode, toCompetenceInput, validateNodeForm } from './tree-form';
import { validateFrameworkForm } from './useFrameworkForm';

const m = { required: 'Обязательное поле', code: 'Неверный код' };

describe('framework list state', () => {
  it('reads and writes only known, non-default filters', () => {
    const state = parseVersionedListQuery({ q: 'шадр', status: 'PUBLISHED', archived: 'ALL' });
    expect(state).toEqual({ search: 'шадр', status: 'PUBLISHED', archived: 'ALL' });
    expect(toVersionedListQuery(state)).toEqual({ q: 'шадр', status: 'PUBLISHED', archived: 'ALL' });
    expect(parseVersionedListQuery({ status: 'BOGUS' })).toEqual({ search: null, status: null, archived: 'ACTIVE' });
    expect(toVersionedListQuery({ search: null, status: null, archived: 'ACTIVE' })).toEqual({});
    expect(toFrameworkFilter(state)).toEqual({ search: 'шадр', status: 'PUBLISHED', archived: 'ALL' });
  });

  it('colours statuses', () => {
    expect(statusSeverity('PUBLISHED')).toBe('success');
    expect(statusSeverity('DRAFT')).toBe('warn');
    expect(statusSeverity('RETIRED')).toBe('secondary');
  });
});

describe('version actions', () => {
  const base = { canManage: true, canEdit: false, archivedAt: null };
  it('offers publish and editing on an editable draft, a new version on a published or retired one', () => {
    expect(versionActions({ ...base, status: 'DRAFT', canEdit: true })).toEqual({ edit: true, publish: true, newVersion: false, archive: true, restore: false });
    expect(versionActions({ ...base, status: 'PUBLISHED' })).toEqual({ edit: false, publish: false, newVersion: true, archive: true, restore: false });
    expect(versionActions({ ...base, status: 'RETIRED' }).newVersion).toBe(true);
  });
  it('offers only restore in the archive and nothing to readers', () => {
    expect(versionActions({ ...base, status: 'PUBLISHED', archivedAt: '2026-01-01' })).toEqual({ edit: false, publish: false, newVersion: false, archive: false, restore: true });
    expect(Object.values(versionActions({ status: 'DRAFT', canManage: false, canEdit: false, archivedAt: null })).some(Boolean)).toBe(false);
  });
});

describe('tree nodes', () => {
  it('checks code and name like the API', () => {
    expect(validateNodeForm({ code: 'SH2.1', name: 'Задача', description: '' }, m)).toEqual({});
    expect(validateNodeForm({ code: 'с пробелом', name: ' ', description: '' }, m)).toEqual({ code: m.code, name: m.required });
    expect(validateNodeForm({ code: '', name: 'Имя', description: '' }, m)).toEqual({ code: m.required });
  });
  it('trims inputs and suggests the next free code', () => {
    expect(toCompetenceInput({ code: ' A1.1 ', name: ' Имя ', description: ' Описание ' })).toEqual({ code: 'A1.1', name: 'Имя', description: 'Описание' });
    expect(suggestCode(null, [{ code: 'A1' }])).toBe('A2');
    expect(suggestCode('SH2', [{ code: 'SH2.1' }, { code: 'SH2.3' }])).toBe('SH2.4');
    expect(suggestCode('SH2', [{ code: 'SH2.2' }])).toBe('SH2.3');
  });
  it('asks the code only of a new framework', () => {
    expect(validateFrameworkForm({ code: '', name: 'Рамка', description: '' }, true, m)).toEqual({ code: m.required });
    expect(validateFrameworkForm({ code: '', name: 'Рамка', description: '' }, false, m)).toEqual({});
  });
});
