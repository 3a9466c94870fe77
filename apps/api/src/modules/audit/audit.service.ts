import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRecord, AuditRepository } from './audit.repository';

/** Writes audit rows inside the caller's transaction, so a change and its record land together. */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(manager: EntityManager, record: AuditRecord): Promise<void> {
    return this.repo.insert(manager, [record]);
  }

  recordMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    return this.repo.insert(manager, records);
  }
}
