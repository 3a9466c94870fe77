import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { InternshipModuleEntity } from '../staging/internship-module.entity';
import { InternshipCohortEntity } from './internship-cohort.entity';

/** A session of a cohort: when, which module, where (a place or an online link) and the master who leads it. */
@Entity('internship_session')
@Check('ck_internship_session_time', `ends_at > starts_at`)
@Check('ck_internship_session_where', `num_nonnulls(place, online_url) >= 1`)
@Check('ck_internship_session_url', `online_url IS NULL OR online_url ~ '^https?://'`)
export class InternshipSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) cohortId!: string;
  @ManyToOne(() => InternshipCohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: InternshipCohortEntity;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @Index() @Column({ type: 'uuid', nullable: true }) moduleId!: string | null;
  @ManyToOne(() => InternshipModuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'module_id' })
  module?: InternshipModuleEntity;
  @Column({ type: 'varchar', length: 300 }) topic!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) onlineUrl!: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) masterPersonId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'master_person_id' })
  master?: PersonEntity;
  /** Removed from the cohort's schedule (undo-able); a session with attendance marked is never removed. */
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
