import { Column, Entity, PrimaryColumn } from 'typeorm';

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
  @Column({ type: 'jsonb' }) payload!: unknown;
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt!: Date;
}

/**
 * One row per transaction that wrote a fact a dashboard reads (statement triggers of migration DashboardCache on
 * those tables): the transaction id (xid8 as a bigint). Pruned below the oldest snapshot still in use.
 */
@Entity('dashboard_fact_change')
export class DashboardFactChangeEntity {
  @PrimaryColumn({ type: 'bigint' }) xid!: string;
}
