import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditRecord {
  accountId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditRepository {
  async insert(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    // One statement for any number of rows.
    await manager.query(
      `INSERT INTO audit_log (account_id, action, entity_type, entity_id, before, after)
       SELECT account_id, action, entity_type, entity_id, before, after
         FROM jsonb_to_recordset($1::jsonb)
           AS r(account_id uuid, action text, entity_type text, entity_id uuid, before jsonb, after jsonb)`,
      [
        JSON.stringify(
          records.map((r) => ({
            account_id: r.accountId,
            action: r.action,
            entity_type: r.entityType,
            entity_id: r.entityId,
            before: r.before ?? null,
            after: r.after ?? null,
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
}
