import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { PersonEntity } from '../person/person.entity';
import { EventEntity } from './event.entity';

/**
 * The fact «this person attended this event (this occurrence of a series)», marked by an organiser or a responsible
 * person. A row exists only for attendance; removing the mark deletes it. Route evidence and hours read these rows.
 */
@Entity('event_attendance')
@Unique('uq_event_attendance', ['eventId', 'occurrenceDate', 'personId'])
export class EventAttendanceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  /** The occurrence's identity (its generated date); the event's start for a single event. */
  @Column({ type: 'date' }) occurrenceDate!: string;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'uuid', nullable: true }) markedByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by_account_id' })
  markedBy?: AccountEntity;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
