import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { InternshipApplicationEntity } from './internship-application.entity';
import { InternshipSessionEntity } from './internship-session.entity';

/** A mark on a session's sheet: the seated intern (his application) was present or absent. The «attended» fact. */
@Entity('internship_attendance')
export class InternshipAttendanceEntity {
  @PrimaryColumn({ type: 'uuid' }) sessionId!: string;
  @ManyToOne(() => InternshipSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InternshipSessionEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) applicationId!: string;
  @ManyToOne(() => InternshipApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: InternshipApplicationEntity;
  @Column({ type: 'boolean' }) present!: boolean;
  @Column({ type: 'uuid', nullable: true }) markedByAccountId!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) markedAt!: Date;
}
