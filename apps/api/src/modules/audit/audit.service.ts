import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { Connection } from '../../common/pagination/connection';
import { PageRequest } from '../../common/pagination/order';
import { AuditEntry, AuditFilter, AuditRecord, AuditRepository } from './audit.repository';
import { AuditOrder } from './dto/audit-log.args';

/** The filter as the API and the CLI take it: ISO dates; a bare date as `to` means to the end of that day. */
export interface AuditQuery {
  personId?: string | null;
  actorAccountId?: string | null;
  from?: string | null;
  to?: string | null;
  action?: string | null;
}

export function toFilter(q: AuditQuery): AuditFilter {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  let to = q.to ? new Date(q.to) : null;
  if (to && q.to && day.test(q.to)) to = new Date(to.getTime() + 24 * 3600 * 1000);
  return { personId: q.personId, actorAccountId: q.actorAccountId, action: q.action, from: q.from ? new Date(q.from) : null, to };
}

/** Writes audit rows inside the caller's transaction, so a change and its record land together; reads the log. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly uow: UnitOfWork,
  ) {}

  record(manager: EntityManager, record: AuditRecord): Promise<void> {
    return this.repo.insert(manager, [record]);
  }

  recordMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    return this.repo.insert(manager, records);
  }

  search(query: AuditQuery, order: AuditOrder | undefined, page: PageRequest): Promise<Connection<AuditEntry>> {
    return this.repo.search(this.uow.reader, toFilter(query), order, page);
  }

  /** Every matching row, oldest first, in batches (exports: "who saw and changed my data"). */
  all(query: AuditQuery): AsyncGenerator<AuditEntry[]> {
    return this.repo.all(this.uow.reader, toFilter(query));
  }
}
