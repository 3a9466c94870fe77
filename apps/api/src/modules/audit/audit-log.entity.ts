import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to which row, with before/after; every read of personal data is logged too (one row per
 * request naming the people returned, `personIds`). Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('audit_log')
@Index('ix_audit_log_entity', ['entityType', 'entityId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
  @Index() @Column({ type: 'uuid', nullable: true }) accountId!: string | null;
  /** create, update, archive, restore, read, read-list, import, login, logout, grant… */
  @Column({ type: 'varchar', length: 40 }) action!: string;
  @Column({ type: 'varchar', length: 60 }) entityType!: string;
  @Column({ type: 'uuid', nullable: true }) entityId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
  /** The people whose data the action concerned (reads of lists name every person returned). */
  @Index('ix_audit_log_person_ids', { synchronize: false })
  @Column({ type: 'uuid', array: true, nullable: true })
  personIds!: string[] | null;
}
