import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { AssignmentPlanEntity } from './assignment-plan.entity';
import { decimal } from '../../common/database/decimal';

/** One mentee of a plan and the mentor proposed (or chosen by hand); no mentor when nobody fits within capacity. */
@Entity('assignment_plan_item')
@Unique('uq_assignment_plan_item', ['planId', 'menteePersonId'])
export class AssignmentPlanItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @ManyToOne(() => AssignmentPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: AssignmentPlanEntity;
  @Column({ type: 'uuid' }) menteePersonId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_person_id' })
  mentee?: PersonEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) mentorPersonId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_person_id' })
  mentor?: PersonEntity;
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0, transformer: decimal }) score!: number;
  /** The reasons of the fit, in words. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) reasons!: string[];
  /** Chosen by the coordinator rather than proposed. */
  @Column({ type: 'boolean', default: false }) isManual!: boolean;
}
