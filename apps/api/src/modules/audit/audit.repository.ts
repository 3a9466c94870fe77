import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Connection } from '../../common/pagination/connection';
import { byLabel, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { orderedSqlPage } from '../../common/pagination/ordered-sql';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@metodset/shared';
import { AuditOrder, AuditOrderField } from './dto/audit-log.args';
import { fullNameSql } from '../person/person.sql';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditRecord {
  accountId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
  /** The people the action concerned (reads of lists name all of them). */
  personIds?: string[] | null;
}

export interface AuditFilter {
  personId?: string | null;
  actorAccountId?: string | null;
  from?: Date | null;
  to?: Date | null;
  action?: string | null;
}

/** One row of the log as it is read: the actor's name and the people concerned, with their names. */
export interface AuditEntry {
  id: string;
  at: Date;
  accountId: string | null;
  actorLogin: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  people: { id: string; fullName: string | null }[];
}

interface Row {
  id: string;
  at: Date;
  /** `at` to the microsecond, for keyset cursors (a JS Date keeps milliseconds only). */
  at_key: string;
  account_id: string | null;
  actor_login: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  people: { id: string; fullName: string | null }[] | null;
}

/** A row concerns a person when it names them among its people, is about their card, or its data names them. */
const CONCERNS_PERSON = `(a.person_ids @> ARRAY[$P::uuid] OR (a.entity_type = 'person' AND a.entity_id = $P::uuid)
  OR a.before->>'personId' = $P::text OR a.after->>'personId' = $P::text)`;

/** The log's columns as the page shows them: the actor by name (the system first), action and object in words. */
const ORDER: OrderColumns<AuditOrderField> = {
  AT: { sql: 'x.at', type: 'timestamptz' },
  ACTOR: { sql: 'x.actor_name', type: 'text', nulls: '' },
  ACTION: { sql: byLabel('x.action', AUDIT_ACTION_LABELS), type: 'text' },
  ENTITY: { sql: byLabel('x.entity_type', AUDIT_ENTITY_LABELS), type: 'text' },
};
const DEFAULT_ORDER: AuditOrder = { field: AuditOrderField.AT, direction: SortDirection.DESC };

@Injectable()
export class AuditRepository {
  async insert(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    // One statement for any number of rows.
    await manager.query(
      `INSERT INTO audit_log (account_id, action, entity_type, entity_id, before, after, person_ids)
       SELECT account_id, action, entity_type, entity_id, before, after, person_ids
         FROM jsonb_to_recordset($1::jsonb)
           AS r(account_id uuid, action text, entity_type text, entity_id uuid, before jsonb, after jsonb, person_ids uuid[])`,
      [
        JSON.stringify(
          records.map((r) => ({
            account_id: r.accountId,
            action: r.action,
            entity_type: r.entityType,
            entity_id: r.entityId,
            before: r.before ?? null,
            after: r.after ?? null,
            person_ids: r.personIds?.length ? r.personIds : r.entityType === 'person' && r.entityId ? [r.entityId] : null,
          })),
        ),
      ],
    );
  }

  list(manager: EntityManager, filter: { entityType?: string; entityId?: string; limit: number }): Promise<AuditLogEntity[]> {
    const qb = manager.getRepository(AuditLogEntity).createQueryBuilder('a').orderBy('a.at', 'DESC').limit(filter.limit);
    if (filter.entityType) qb.andWhere('a.entity_type = :t', { t: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :id', { id: filter.entityId });
    return qb.getMany();
  }

  private where(filter: AuditFilter, params: unknown[]): string {
    const conds: string[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (filter.personId) conds.push(CONCERNS_PERSON.replaceAll('$P', param(filter.personId)));
    if (filter.actorAccountId) conds.push(`a.account_id = ${param(filter.actorAccountId)}::uuid`);
    if (filter.from) conds.push(`a.at >= ${param(filter.from)}::timestamptz`);
    if (filter.to) conds.push(`a.at < ${param(filter.to)}::timestamptz`);
    if (filter.action) conds.push(`a.action = ${param(filter.action)}`);
    return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  }

  private select(where: string, tail: string): string {
    return `SELECT a.id, a.at, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key, a.account_id, ac.login AS actor_login, ac.display_name AS actor_name, a.action, a.entity_type, a.entity_id,
                   a.before, a.after,
                   (SELECT jsonb_agg(jsonb_build_object('id', pid, 'fullName', ${fullNameSql('p')}) ORDER BY ${fullNameSql('p')}, pid)
                      FROM unnest(a.person_ids) AS pid LEFT JOIN person p ON p.id = pid) AS people
              FROM audit_log a LEFT JOIN account ac ON ac.id = a.account_id
              ${where} ${tail}`;
  }

  private static entry(r: Row): AuditEntry {
    return {
      id: r.id,
      at: r.at,
      accountId: r.account_id,
      actorLogin: r.actor_login,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      people: r.people ?? [],
    };
  }

  /** A page of the log in the order asked (newest first by default): one statement for the total, one for the page. */
  async search(manager: EntityManager, filter: AuditFilter, order: AuditOrder | undefined, page: PageRequest): Promise<Connection<AuditEntry>> {
    const params: unknown[] = [];
    const sql = this.select(this.where(filter, params), '');
    const result = await orderedSqlPage<Row, AuditOrderField>(manager, { sql, params }, ORDER, order ?? DEFAULT_ORDER, page);
    return { ...result, nodes: result.nodes.map(AuditRepository.entry) };
  }

  /** Every row matching the filter, oldest first, in batches (exports). */
  async *all(manager: EntityManager, filter: AuditFilter, batch = 1000): AsyncGenerator<AuditEntry[]> {
    const params: unknown[] = [];
    const where = this.where(filter, params);
    let cursor: { at: string; id: string } | null = null;
    for (;;) {
      const p = [...params];
      const keyset: string = cursor ? `${where ? 'AND' : 'WHERE'} (a.at, a.id) > ($${p.push(cursor.at)}::timestamptz, $${p.push(cursor.id)}::uuid)` : '';
      const rows: Row[] = await manager.query(this.select(where, `${keyset} ORDER BY a.at, a.id LIMIT $${p.push(batch)}`), p);
      if (!rows.length) return;
      yield rows.map(AuditRepository.entry);
      const lastRow: Row = rows[rows.length - 1];
      cursor = { at: lastRow.at_key, id: lastRow.id };
      if (rows.length < batch) return;
    }
  }
}
