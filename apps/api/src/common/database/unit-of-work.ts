import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FieldError } from '../errors/errors';
import { translateDbError } from '../errors/pg-errors';

/**
 * Runs a service's change in one transaction. Services get an EntityManager to hand to
 * repositories and never touch the DataSource themselves: either everything is written or nothing.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Like run(), and a violated database constraint named in `constraints` becomes an error on
   * its field (the database is the last line of defence behind the DTOs).
   */
  async write<T>(work: (manager: EntityManager) => Promise<T>, constraints: Record<string, FieldError> = {}): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      throw translateDbError(err, constraints) ?? err;
    }
  }

  /** The manager for reads outside a transaction. */
  get reader(): EntityManager {
    return this.dataSource.manager;
  }
}
