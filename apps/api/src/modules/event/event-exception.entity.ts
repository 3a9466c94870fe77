import { EventExceptionKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/**
 * An exception to a series: the occurrence generated for `occurrence_date` (its stable identity) is moved or cancelled.
 * Its own `revision` adds to the series' one (the occurrence's iCal SEQUENCE).
 */
@Entity('event_exception')
@Unique('uq_event_exception', ['eventId', 'occurrenceDate'])
@Check('ck_event_exception_moved', `(kind = 'MOVED') = (starts_on IS NOT NULL AND ends_on IS NOT NULL)`)
@Check('ck_event_exception_dates', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_event_exception_revision', `revision >= 0`)
export class EventExceptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  /** The date the rule generated: the occurrence's identity, whatever happens to it. */
  @Column({ type: 'date' }) occurrenceDate!: string;
  @Column({ type: 'enum', enum: EventExceptionKind, enumName: 'event_exception_kind' }) kind!: EventExceptionKind;
  @Column({ type: 'date', nullable: true }) startsOn!: string | null;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) startsAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) endsAt!: Date | null;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ type: 'int', default: 0 }) revision!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
