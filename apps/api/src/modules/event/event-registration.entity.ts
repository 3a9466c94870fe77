import { EventRegistrationStatus } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { EventEntity } from './event.entity';

/** A person's registration for an event (or a whole series). Cancelled registrations stay, with their status. */
@Entity('event_registration')
@Unique('uq_event_registration', ['eventId', 'personId'])
export class EventRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: EventRegistrationStatus, enumName: 'event_registration_status', default: EventRegistrationStatus.REGISTERED })
  status!: EventRegistrationStatus;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
