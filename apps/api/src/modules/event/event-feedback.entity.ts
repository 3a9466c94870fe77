import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { EventEntity } from './event.entity';

/** Short feedback of an attendee: a rating 1–5 and a comment; one per person and event. */
@Entity('event_feedback')
@Unique('uq_event_feedback', ['eventId', 'personId'])
@Check('ck_event_feedback_rating', `rating BETWEEN 1 AND 5`)
export class EventFeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'smallint' }) rating!: number;
  @Column({ type: 'text', default: '' }) comment!: string;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
