import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { EventEntity } from './event.entity';

/** A person responsible for the event (ответственный): marks attendance with the organisers. */
@Entity('event_responsible')
export class EventResponsibleEntity {
  @PrimaryColumn({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'int', default: 0 }) position!: number;
}
