import { MentorshipSide } from '@metodset/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { MentorshipEntity } from './mentorship.entity';

@Entity('mentorship_participant')
export class MentorshipParticipantEntity {
  @PrimaryColumn({ type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => MentorshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: MentorshipEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: MentorshipSide, enumName: 'mentorship_side' }) side!: MentorshipSide;
}
