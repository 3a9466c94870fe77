import { MentoringForm, MentorshipStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { MentoringProgramEntity } from './mentoring-program.entity';

/** A pair, triad or group: mentors and mentees working together in a programme. */
@Entity('mentorship')
@Check('ck_mentorship_period', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_mentorship_stop_reason', `(status = 'STOPPED') = (stop_reason IS NOT NULL)`)
export class MentorshipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => MentoringProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: MentoringProgramEntity;
  @Column({ type: 'enum', enum: MentoringForm, enumName: 'mentoring_form' }) form!: MentoringForm;
  @Column({ type: 'text', default: '' }) goals!: string;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Index() @Column({ type: 'enum', enum: MentorshipStatus, enumName: 'mentorship_status', default: MentorshipStatus.PLANNED }) status!: MentorshipStatus;
  @Column({ type: 'text', nullable: true }) stopReason!: string | null;
  /** School-to-school mentorships: the supporting and the supported organisation. */
  @Column({ type: 'uuid', nullable: true }) mentorOrganizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_organization_id' })
  mentorOrganization?: OrganizationEntity;
  @Column({ type: 'uuid', nullable: true }) menteeOrganizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentee_organization_id' })
  menteeOrganization?: OrganizationEntity;
  @Column({ type: 'text', default: '' }) outcome!: string;
  @Index('uq_mentorship_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
