import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InternshipProgramEntity } from '../staging/internship-program.entity';
import { InternshipTrackEntity } from '../staging/internship-track.entity';

/**
 * A cohort (группа стажёров) of a modular internship programme at a staging site: dates, capacity, an optional
 * track, and its completion rule (attendance share and whether the final product must be accepted).
 */
@Entity('internship_cohort')
@Check('ck_internship_cohort_title', `length(btrim(title)) > 0`)
@Check('ck_internship_cohort_period', `ends_on >= starts_on`)
@Check('ck_internship_cohort_capacity', `capacity BETWEEN 1 AND 500`)
@Check('ck_internship_cohort_rule', `min_attendance_percent BETWEEN 0 AND 100`)
export class InternshipCohortEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => InternshipProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: InternshipProgramEntity;
  /** The route (track) through the programme's modules this cohort follows; none — all modules. */
  @Index() @Column({ type: 'uuid', nullable: true }) trackId!: string | null;
  @ManyToOne(() => InternshipTrackEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'track_id' })
  track?: InternshipTrackEntity;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date' }) endsOn!: string;
  @Column({ type: 'int' }) capacity!: number;
  @Column({ type: 'int', default: 80 }) minAttendancePercent!: number;
  @Column({ type: 'boolean', default: true }) requireFinalProduct!: boolean;
  /** Invented demo data (not from the seeds). */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
