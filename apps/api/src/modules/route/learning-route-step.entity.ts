import { RouteEvidenceSource, RouteStepKind, RouteStepStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EventEntity } from '../event/event.entity';
import { InternshipCohortEntity } from '../internship/internship-cohort.entity';
import { MentorshipEntity } from '../mentoring/mentorship.entity';
import { InternshipModuleEntity } from '../staging/internship-module.entity';
import { LearningRouteEntity } from './learning-route.entity';

/** A step of a route: a typed activity with dates, status, evidence (a link or a file) and reflection. */
@Entity('learning_route_step')
@Check('ck_learning_route_step_title', `length(btrim(title)) > 0`)
@Check('ck_learning_route_step_period', `starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_learning_route_step_file', `(evidence_file_name IS NULL) = (evidence_file_size IS NULL)`)
@Check('ck_learning_route_step_event', `(event_id IS NULL AND event_occurrence_date IS NULL) OR kind = 'EVENT'`)
@Check('ck_learning_route_step_module', `(internship_module_id IS NULL AND internship_cohort_id IS NULL) OR kind = 'INTERNSHIP_MODULE'`)
@Check('ck_learning_route_step_auto_evidence', `(evidence_source IS NULL) = (evidence_prev_status IS NULL)`)
export class LearningRouteStepEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) routeId!: string;
  @ManyToOne(() => LearningRouteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id' })
  route?: LearningRouteEntity;
  @Column({ type: 'int', default: 0 }) position!: number;
  @Column({ type: 'enum', enum: RouteStepKind, enumName: 'route_step_kind' }) kind!: RouteStepKind;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  /** Competences the step develops (of the route's framework). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) competenceIds!: string[];
  @Column({ type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'enum', enum: RouteStepStatus, enumName: 'route_step_status', default: RouteStepStatus.PLANNED }) status!: RouteStepStatus;
  /** MENTORING steps: the mentorship that carries it out. */
  @Index() @Column({ type: 'uuid', nullable: true }) mentorshipId!: string | null;
  @ManyToOne(() => MentorshipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: MentorshipEntity;
  /** A suggested mentor (from matching) before a mentorship exists. */
  @Column({ type: 'uuid', nullable: true }) mentorPersonId!: string | null;
  /** EVENT steps: the network event (and, for a series, the one occurrence) the step is. */
  @Index() @Column({ type: 'uuid', nullable: true }) eventId!: string | null;
  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Column({ type: 'date', nullable: true }) eventOccurrenceDate!: string | null;
  /** INTERNSHIP_MODULE steps: the module of a staging site's programme (optionally in one cohort). */
  @Index() @Column({ type: 'uuid', nullable: true }) internshipModuleId!: string | null;
  @ManyToOne(() => InternshipModuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'internship_module_id' })
  internshipModule?: InternshipModuleEntity;
  @Column({ type: 'uuid', nullable: true }) internshipCohortId!: string | null;
  @ManyToOne(() => InternshipCohortEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'internship_cohort_id' })
  internshipCohort?: InternshipCohortEntity;
  /**
   * Set when attendance or a module's completion completed the step by itself, with the status it had before:
   * unmarking the attendance reverts the step while this is still set (a change by hand clears it).
   */
  @Column({ type: 'enum', enum: RouteEvidenceSource, enumName: 'route_step_evidence_source', nullable: true }) evidenceSource!: RouteEvidenceSource | null;
  @Column({ type: 'enum', enum: RouteStepStatus, enumName: 'route_step_status', nullable: true }) evidencePrevStatus!: RouteStepStatus | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) evidenceUrl!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) evidenceFileName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) evidenceFileType!: string | null;
  @Column({ type: 'int', nullable: true }) evidenceFileSize!: number | null;
  @Column({ type: 'text', default: '' }) reflection!: string;
  @Column({ type: 'date', nullable: true }) completedOn!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
