import { SessionFormat } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MentorshipEntity } from './mentorship.entity';

/** A planned meeting (heldOn null until it happens) or a held session of a mentorship. */
@Entity('mentorship_session')
@Check('ck_mentorship_session_duration', `duration_minutes IS NULL OR duration_minutes BETWEEN 5 AND 600`)
@Check('ck_mentorship_session_topic', `length(btrim(topic)) > 0`)
export class MentorshipSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => MentorshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: MentorshipEntity;
  @Column({ type: 'date' }) plannedOn!: string;
  @Column({ type: 'date', nullable: true }) heldOn!: string | null;
  @Column({ type: 'enum', enum: SessionFormat, enumName: 'session_format' }) format!: SessionFormat;
  @Column({ type: 'varchar', length: 500 }) topic!: string;
  @Column({ type: 'int', nullable: true }) durationMinutes!: number | null;
  @Column({ type: 'text', default: '' }) notes!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
