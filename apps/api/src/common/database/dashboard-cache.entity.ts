import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A dashboard part (its counts, or its heatmap) as the live rule computed it, with the snapshot it was computed under.
 * It is served only while no fact it reads has changed since (`dashboard_fact_change`), so it is always exactly
 * what the live rule gives now. Written and read by `common/database/dashboard-cache.ts` only.
 */
@Entity('dashboard_cache')
export class DashboardCacheEntity {
  /** sha-256 of the part, its subject, period, framework and the caller's scope. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) key!: string;
  /** pg_current_snapshot() taken before the computation, as text. */
  @Column({ type: 'text' }) snapshot!: string;
  /** The fact tables its SQL reads: only their writes invalidate it. */
  @Column({ type: 'varchar', array: true }) tables!: string[];
  @Column({ type: 'jsonb' }) payload!: unknown;
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt!: Date;
}

/**
 * One row per transaction and fact table it wrote, of the tables a dashboard reads (statement triggers of migration
 * DashboardCache on those tables): the transaction id (xid8 as a bigint) and the table. Pruned below the oldest
 * snapshot still in use.
 */
@Entity('dashboard_fact_change')
export class DashboardFactChangeEntity {
  @PrimaryColumn({ type: 'bigint' }) xid!: string;
  @PrimaryColumn({ type: 'varchar', length: 63 }) tableName!: string;
}

/**
 * One row per transaction, person and table, for the person-owned fact tables it wrote (position, diagnostic
 * participants, results, attendance, mentoring, internships, the person's own row, and the containers of those facts:
 * statement triggers of migrations DashboardPartials, DashboardPersonNotes); the nil uuid stands for everyone (a
 * TRUNCATE). Pruned with `dashboard_fact_change`.
 */
@Entity('dashboard_person_change')
export class DashboardPersonChangeEntity {
  @PrimaryColumn({ type: 'bigint' }) xid!: string;
  @PrimaryColumn({ type: 'uuid' }) personId!: string;
  /** The table written (migration DashboardNoteTables): a part is stale only by notes of the tables it reads. */
  @PrimaryColumn({ type: 'varchar', length: 63 }) tableName!: string;
}

/**
 * A heatmap's counts of ONE organisation (the results placed there) as the live rule computed them, with the
 * snapshot it was computed under (common/database/dashboard-partials.ts): summed over the organisations a heatmap
 * shows. Recomputed only when a person placed there (then or now) or a shared fact changed.
 */
@Entity('dashboard_org_part')
// GIN over the people (migration DashboardPersonNotes): which parts hold a noted person, by index.
@Index('IDX_dashboard_org_part_persons', { synchronize: false })
export class DashboardOrgPartEntity {
  /** sha-256 of the partial's SQL and parameters (framework, campaign). */
  @PrimaryColumn({ type: 'varchar', length: 64 }) key!: string;
  @PrimaryColumn({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) snapshot!: string;
  /** [{ competence_id, assessed, deficits, proficits, score_sum }] */
  @Column({ type: 'jsonb' }) cells!: unknown;
  /** The people with a result placed there (a row's total is the distinct people over its organisations). */
  @Column({ type: 'uuid', array: true }) persons!: string[];
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt!: Date;
}
