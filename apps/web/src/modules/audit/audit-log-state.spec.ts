import { describe, expect, it } from 'vitest';
import { parseListView } from '@/common/list/list-query';
import { auditLogCodec, parseAuditLogQuery, toAuditLogFilter, toAuditLogQuery } from './audit-log-state';

const person = '7d5e5f0e-3a52-4c0e-9b7e-2f1d1a1b2c3d';

describe('audit log filters in the URL', () => {
  it('round-trips every filter', () => {
    const query = { person, actor: person, from: '2026-01-01', to: '2026-12-31', action: 'read-list' };
    const state = parseAuditLogQuery(query);
    expect(toAuditLogQuery(state)).toEqual(query);
    expect(toAuditLogFilter(state)).toEqual({ personId: person, actorAccountId: person, from: '2026-01-01', to: '2026-12-31', action: 'read-list' });
  });

  it('drops values the API would refuse instead of sending them', () => {
    expect(parseAuditLogQuery({ person: 'nope', from: '31.12.2026', action: 'DROP TABLE' })).toEqual({
      search: null,
      personId: null,
      actorAccountId: null,
      from: null,
      to: null,
      action: null,
    });
    expect(toAuditLogQuery(parseAuditLogQuery({}))).toEqual({});
  });
});

describe('audit log order in the URL', () => {
  it('sorts by time, actor, action and object, newest first by default', () => {
    expect(auditLogCodec.sortFields).toEqual(['AT', 'ACTOR', 'ACTION', 'ENTITY']);
    expect(parseListView({}, auditLogCodec.sortFields, auditLogCodec.defaultSort)).toEqual({ sort: { field: 'AT', direction: 'DESC' }, page: 1, size: 25 });
    expect(parseListView({ sort: 'entity', dir: 'asc', page: '4', size: '100' }, auditLogCodec.sortFields, auditLogCodec.defaultSort)).toEqual({
      sort: { field: 'ENTITY', direction: 'ASC' },
      page: 4,
      size: 100,
    });
    expect(parseListView({ sort: 'people' }, auditLogCodec.sortFields, auditLogCodec.defaultSort).sort).toEqual({ field: 'AT', direction: 'DESC' });
  });
});
