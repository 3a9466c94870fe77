import { MeetingFormat } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AssociationEntity } from './association.entity';

/** A meeting and its minutes (протокол): agenda, decisions, who attended. */
@Entity('association_meeting')
@Check('ck_association_meeting_agenda', `length(btrim(agenda)) > 0`)
export class AssociationMeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) associationId!: string;
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;
  @Column({ type: 'date' }) heldOn!: string;
  @Column({ type: 'enum', enum: MeetingFormat, enumName: 'meeting_format', default: MeetingFormat.IN_PERSON }) format!: MeetingFormat;
  @Column({ type: 'text' }) agenda!: string;
  @Column({ type: 'text', default: '' }) decisions!: string;
  /** Person ids of the members present (kept with the minutes as they were). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) attendeeIds!: string[];
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
