import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobState } from '@metodset/shared';
import type { Grant } from '../auth/access-scope';
import { JobEntity } from './job.entity';

/** A job without its file. */
export type JobRow = Omit<JobEntity, 'resultData' | 'owner'>;

const COLUMNS = `id, owner_account_id AS "ownerAccountId", kind, title, params, state, progress, attempts, error,
  result_name AS "resultName", result_mime AS "resultMime", result_size AS "resultSize", created_at AS "createdAt",
  started_at AS "startedAt", finished_at AS "finishedAt"`;

export interface JobOwner {
  accountId: string;
  login: string;
  displayName: string;
  personId: string | null;
  grants: Grant[];
}

@Injectable()
export class JobRepository {
  async insert(m: EntityManager, row: { id: string; ownerAccountId: string; kind: string; title: string; params: Record<string, unknown> }): Promise<JobRow> {
    const rows: JobRow[] = await m.query(
      `INSERT INTO job (id, owner_account_id, kind, title, params) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [row.id, row.ownerAccountId, row.kind, row.title, JSON.stringify(row.params)],
    );
    return rows[0]!;
  }

  async find(m: EntityManager, id: string): Promise<JobRow | null> {
    const rows: JobRow[] = await m.query(`SELECT ${COLUMNS} FROM job WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The owner's jobs, newest first (kinds filter optional). */
  async mine(m: EntityManager, ownerAccountId: string, kinds: string[] | null, limit: number): Promise<JobRow[]> {
    return m.query(
      `SELECT ${COLUMNS} FROM job WHERE owner_account_id = $1 AND ($2::text[] IS NULL OR kind = ANY($2))
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      [ownerAccountId, kinds, limit],
    );
  }

  async file(m: EntityManager, id: string): Promise<{ name: string; mime: string; data: Buffer } | null> {
    const rows: { name: string; mime: string; data: Buffer }[] = await m.query(
      `SELECT result_name AS name, result_mime AS mime, result_data AS data FROM job WHERE id = $1 AND result_data IS NOT NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Marks a queued (or interrupted) job as running; null when it has already finished or is gone. */
  async start(m: EntityManager, id: string): Promise<JobRow | null> {
    // (A CTE: TypeORM answers an UPDATE … RETURNING as [rows, count], a SELECT as rows.)
    const rows: JobRow[] = await m.query(
      `WITH started AS (
         UPDATE job SET state = 'RUNNING', started_at = now(), progress = 0, attempts = attempts + 1
          WHERE id = $1 AND state IN ('QUEUED', 'RUNNING') RETURNING *)
       SELECT ${COLUMNS} FROM started`,
      [id],
    );
    return rows[0] ?? null;
  }

  async progress(m: EntityManager, id: string, progress: number): Promise<void> {
    await m.query(`UPDATE job SET progress = $2 WHERE id = $1 AND state = 'RUNNING'`, [id, progress]);
  }

  async finish(m: EntityManager, id: string, file: { name: string; mime: string; data: Buffer } | null): Promise<void> {
    await m.query(
      `UPDATE job SET state = 'DONE', progress = 100, finished_at = now(), result_name = $2, result_mime = $3, result_data = $4,
              result_size = $5
        WHERE id = $1 AND state = 'RUNNING'`,
      [id, file?.name ?? null, file?.mime ?? null, file?.data ?? null, file?.data.length ?? null],
    );
  }

  async fail(m: EntityManager, id: string, error: string): Promise<void> {
    await m.query(`UPDATE job SET state = 'FAILED', finished_at = now(), error = $2 WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`, [
      id,
      error.slice(0, 1000),
    ]);
  }

  async state(m: EntityManager, id: string): Promise<JobState | null> {
    const rows: { state: JobState }[] = await m.query(`SELECT state FROM job WHERE id = $1`, [id]);
    return rows[0]?.state ?? null;
  }

  /** The owner's account and grants as they are now (null when disabled or gone). */
  async owner(m: EntityManager, accountId: string): Promise<JobOwner | null> {
    const rows: (Omit<JobOwner, 'grants'> & { grants: Grant[] | null })[] = await m.query(
      `SELECT a.id AS "accountId", a.login, a.display_name AS "displayName", a.person_id AS "personId",
              (SELECT json_agg(json_build_object('role', g.role, 'regionId', g.region_id,
                        'municipalityId', g.municipality_id, 'organizationId', g.organization_id))
                 FROM role_grant g WHERE g.account_id = a.id) AS grants
         FROM account a WHERE a.id = $1 AND a.disabled_at IS NULL`,
      [accountId],
    );
    const r = rows[0];
    return r ? { ...r, grants: r.grants ?? [] } : null;
  }
}
