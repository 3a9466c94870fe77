import { Injectable } from '@nestjs/common';
import { EVENT_KIND_LABELS, EventKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope, Grant } from '../../common/auth/access-scope';
import { CalendarSubscriptionEntity } from './calendar-subscription.entity';
import { eventCondition } from './event.sql';

export interface OptionRow {
  list: 'network' | 'municipality' | 'competence';
  id: string;
  name: string;
}

export interface SubscriptionRow extends CalendarSubscriptionEntity {
  filterLabel: string;
}

/** The owner of a live subscription, as the feed needs it: who they are and what they may see. */
export interface FeedOwner {
  subscription: CalendarSubscriptionEntity;
  accountId: string;
  personId: string | null;
  grants: Grant[];
}

function run<T>(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
  return m.query(text, values) as Promise<T[]>;
}

/** SQL of the calendar's own facts (subscriptions) and of its filter options; events are read through EVENTS' repository. */
@Injectable()
export class CalendarRepository {
  /** One statement: the networks, municipalities and competences the caller's visible events use. */
  filterOptions(m: EntityManager, scope: AccessScope): Promise<OptionRow[]> {
    const cond = eventCondition(scope, 'e');
    return run<OptionRow>(
      m,
      `WITH ev AS (SELECT e.id, e.network_id, e.municipality_id, e.organization_id, e.competence_ids FROM event e WHERE e.archived_at IS NULL AND ${cond.sql})
       SELECT 'network' AS list, n.id, n.name FROM network n WHERE n.id IN (SELECT network_id FROM ev)
       UNION ALL
       SELECT 'municipality', mu.id, mu.name FROM municipality mu
        WHERE mu.id IN (SELECT municipality_id FROM ev UNION SELECT o.municipality_id FROM organization o WHERE o.id IN (SELECT organization_id FROM ev))
       UNION ALL
       SELECT 'competence', c.id, c.name FROM (
         SELECT DISTINCT ON (c.code) c.id, c.name, c.code FROM competence c WHERE c.id IN (SELECT unnest(competence_ids) FROM ev) ORDER BY c.code, c.id
       ) c
       ORDER BY 1, 3, 2`,
      { ...cond.params, scopePersonId: scope.personId },
    );
  }

  /** The account's live subscriptions with their filter in words (one statement). */
  subscriptions(m: EntityManager, accountId: string, id?: string): Promise<SubscriptionRow[]> {
    const kindLabel = `CASE s.kind ${Object.values(EventKind)
      .map((k) => `WHEN '${k}' THEN '${EVENT_KIND_LABELS[k].replace(/'/g, "''")}'`)
      .join(' ')} END`;
    return run<Record<string, unknown>>(
      m,
      `SELECT s.id, s.account_id, s.name, s.network_id, s.municipality_id, s.competence_id, s.kind, s.created_at, s.last_used_at, s.revoked_at,
              concat_ws('; ', 'Сеть: ' || n.name, 'Муниципалитет: ' || mu.name, 'Вид: ' || (${kindLabel}), 'Компетенция: ' || c.name) AS filter_label
         FROM calendar_subscription s
         LEFT JOIN network n ON n.id = s.network_id
         LEFT JOIN municipality mu ON mu.id = s.municipality_id
         LEFT JOIN competence c ON c.id = s.competence_id
        WHERE s.account_id = :accountId AND s.revoked_at IS NULL ${id ? 'AND s.id = :id' : ''}
        ORDER BY s.created_at DESC, s.id`,
      { accountId, id },
    ).then((rows) =>
      rows.map((r) => ({
        id: r['id'] as string,
        accountId: r['account_id'] as string,
        name: r['name'] as string,
        tokenHash: '',
        networkId: r['network_id'] as string | null,
        municipalityId: r['municipality_id'] as string | null,
        competenceId: r['competence_id'] as string | null,
        kind: r['kind'] as EventKind | null,
        createdAt: new Date(r['created_at'] as string),
        lastUsedAt: r['last_used_at'] ? new Date(r['last_used_at'] as string) : null,
        revokedAt: r['revoked_at'] ? new Date(r['revoked_at'] as string) : null,
        filterLabel: (r['filter_label'] as string) ?? '',
      })),
    );
  }

  async insert(m: EntityManager, values: Pick<CalendarSubscriptionEntity, 'accountId' | 'name' | 'tokenHash' | 'networkId' | 'municipalityId' | 'kind' | 'competenceId'>): Promise<string> {
    const res = await m.getRepository(CalendarSubscriptionEntity).insert(values);
    return (res.identifiers[0] as { id: string }).id;
  }

  /** Revokes the account's own live subscription; false when there is none such. */
  async revoke(m: EntityManager, accountId: string, id: string): Promise<boolean> {
    const res = await m
      .getRepository(CalendarSubscriptionEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND account_id = :accountId AND revoked_at IS NULL', { id, accountId })
      .execute();
    return (res.affected ?? 0) > 0;
  }

  /** One statement: the live subscription behind a secret, its enabled account and the account's grants. */
  async feedOwner(m: EntityManager, tokenHash: string): Promise<FeedOwner | null> {
    const rows = await m.query(
      `SELECT s.id, s.account_id, s.name, s.network_id, s.municipality_id, s.competence_id, s.kind, s.created_at, s.last_used_at,
              a.person_id,
              (SELECT json_agg(json_build_object('role', g.role, 'regionId', g.region_id, 'municipalityId', g.municipality_id, 'organizationId', g.organization_id))
                 FROM role_grant g WHERE g.account_id = a.id) AS grants
         FROM calendar_subscription s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND a.disabled_at IS NULL`,
      [tokenHash],
    );
    const r = (rows as Record<string, unknown>[])[0];
    if (!r) return null;
    return {
      accountId: r['account_id'] as string,
      personId: r['person_id'] as string | null,
      grants: (r['grants'] as Grant[] | null) ?? [],
      subscription: Object.assign(new CalendarSubscriptionEntity(), {
        id: r['id'],
        accountId: r['account_id'],
        name: r['name'],
        networkId: r['network_id'],
        municipalityId: r['municipality_id'],
        competenceId: r['competence_id'],
        kind: r['kind'],
        createdAt: r['created_at'],
        lastUsedAt: r['last_used_at'],
        revokedAt: null,
      }),
    };
  }

  /** Notes the feed was fetched (at most once a minute, so a polling client does not write on every request). */
  async touch(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE calendar_subscription SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [id]);
  }
}
