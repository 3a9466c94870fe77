import { Injectable } from '@nestjs/common';
import { ChangeKind, SyncEntityType } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { FeedPosition } from './cursor';

export interface ChangeRow {
  position: FeedPosition;
  type: SyncEntityType;
  id: string;
  externalId: string | null;
  kind: ChangeKind;
  changedAt: Date;
}

/**
 * The change feed's one read. Changes are ordered by (transaction id, sequence) and read only below the oldest
 * transaction still running (`pg_snapshot_xmin`): every transaction below it has ended, so no change can appear
 * later before the cursor — a change committed late is read when its turn comes, never skipped, never repeated.
 */
@Injectable()
export class ChangesRepository {
  async page(m: EntityManager, scope: AccessScope, sourceId: string, after: FeedPosition, types: SyncEntityType[], limit: number): Promise<ChangeRow[]> {
    const org = scope.organizationCondition('o');
    const person = scope.personCondition('p');
    // The two conditions share parameter names with the same values (one scope).
    const rows = await m
      .createQueryBuilder()
      .select(['c.seq AS seq', 'c.xid AS xid', 'CAST(c.entity_type AS text) AS type', 'c.entity_id AS id', 'c.kind AS kind', 'c.changed_at AS changed_at'])
      .addSelect('s.external_id', 'external_id')
      .from('change_log', 'c')
      .leftJoin('sync_external_id', 's', 's.source_id = :sourceId AND s.entity_type = c.entity_type AND s.entity_id = c.entity_id', { sourceId })
      .where('(c.xid, c.seq) > (CAST(:xid AS bigint), CAST(:seq AS bigint))', { xid: after.xid, seq: after.seq })
      .andWhere(`c.xid < CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)`)
      .andWhere('CAST(c.entity_type AS text) = ANY(CAST(:types AS text[]))', { types })
      .andWhere(
        `((c.entity_type = 'ORGANIZATION' AND EXISTS (SELECT 1 FROM organization o WHERE o.id = c.entity_id AND ${org.sql}))
          OR (c.entity_type = 'PERSON' AND EXISTS (SELECT 1 FROM person p WHERE p.id = c.entity_id AND ${person.sql})))`,
        { ...org.params, ...person.params },
      )
      .orderBy('c.xid')
      .addOrderBy('c.seq')
      .limit(limit)
      .getRawMany<{ seq: string; xid: string; type: string; id: string; kind: string; changed_at: Date; external_id: string | null }>();
    return rows.map((r) => ({
      position: { xid: String(r.xid), seq: String(r.seq) },
      type: r.type as SyncEntityType,
      id: r.id,
      externalId: r.external_id,
      kind: r.kind as ChangeKind,
      changedAt: r.changed_at,
    }));
  }
}
