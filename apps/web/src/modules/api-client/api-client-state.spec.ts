import { describe, expect, it } from 'vitest';
import { apiClientListCodec, codesOf, emptyApiClientForm, permissionsOf, secretState, toApiClientFilter, toPermissionInputs, validateApiClientForm } from './api-client-state';
import { holdIssuedSecret, takeIssuedSecret } from './issued-secret';

const m = { required: 'Обязательное поле', permissions: 'Выберите хотя бы один раздел API', date: 'ГГГГ-ММ-ДД' };

describe('API client list state', () => {
  it('keeps only what differs from the defaults in the URL', () => {
    const s = apiClientListCodec.parse({ q: 'Сетевой город', archived: 'ALL' });
    expect(s).toEqual({ search: 'Сетевой город', archived: 'ALL' });
    expect(apiClientListCodec.serialize(s)).toEqual({ q: 'Сетевой город', archived: 'ALL' });
    expect(apiClientListCodec.serialize(apiClientListCodec.parse({ archived: 'nonsense' }))).toEqual({});
    expect(toApiClientFilter(s)).toEqual({ search: 'Сетевой город', archived: 'ALL' });
    expect(apiClientListCodec.defaultSort).toEqual({ field: 'NAME', direction: 'ASC' });
  });

  it('tells the secret state: how many work, else revoked or run out', () => {
    expect(secretState([{ active: true }, { active: true }, { active: false, revokedAt: '2026-01-01' }])).toEqual({ state: 'active', active: 2 });
    expect(secretState([{ active: false, revokedAt: '2026-01-01' }])).toEqual({ state: 'revoked', active: 0 });
    expect(secretState([{ active: false, revokedAt: null }])).toEqual({ state: 'expired', active: 0 });
    expect(secretState([])).toEqual({ state: 'none', active: 0 });
  });
});

describe('API client form state', () => {
  it('sends only the domains given access, in the form’s order', () => {
    const p = permissionsOf([
      { domain: 'EVENTS', access: 'WRITE' },
      { domain: 'REGISTRY', access: 'READ' },
    ]);
    expect(p.NETWORKS).toBe('NONE');
    expect(toPermissionInputs(p)).toEqual([
      { domain: 'REGISTRY', access: 'READ' },
      { domain: 'EVENTS', access: 'WRITE' },
    ]);
  });

  it('asks for a name, a scope (on create) and at least one domain', () => {
    expect(validateApiClientForm(emptyApiClientForm(), false, m)).toEqual({ name: m.required, scopeId: m.required, permissions: m.permissions });
    const filled = { ...emptyApiClientForm(), name: 'Сетевой город', scopeId: 'm1', permissions: permissionsOf([{ domain: 'REGISTRY', access: 'READ' }]) };
    expect(validateApiClientForm(filled, false, m)).toEqual({});
    expect(validateApiClientForm({ ...filled, scopeId: null }, true, m)).toEqual({});
    expect(validateApiClientForm({ ...filled, expiresOn: '31.12.2026' }, false, m)).toEqual({ expiresOn: m.date });
  });

  it('hands the issued secret out once, and only for its client', () => {
    holdIssuedSecret('c1', 'mdsk_abc_secret');
    expect(takeIssuedSecret('c2')).toBeNull();
    expect(takeIssuedSecret('c1')).toBe('mdsk_abc_secret');
    expect(takeIssuedSecret('c1')).toBeNull();
  });
});

describe('codesOf', () => {
  it('takes one code a line (commas and semicolons too), trimmed, without blanks and repeats', () => {
    expect(codesOf(' ES-1 \nES-2,ES-3; ES-1\n\n')).toEqual(['ES-1', 'ES-2', 'ES-3']);
    expect(codesOf('   ')).toEqual([]);
  });
});
