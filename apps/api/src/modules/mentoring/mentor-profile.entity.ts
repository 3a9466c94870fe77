import { MentorDirection, MentorType } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';

/** A person's entry in the mentor base (база наставников). */
@Entity('mentor_profile')
@Check('ck_mentor_profile_capacity', `capacity BETWEEN 1 AND 20`)
export class MentorProfileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_mentor_profile_person', { unique: true }) @Column({ type: 'uuid' }) personId!: string;
  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: MentorType, enumName: 'mentor_type', array: true, default: () => "'{}'" }) types!: MentorType[];
  @Column({ type: 'enum', enum: MentorDirection, enumName: 'mentor_direction', array: true, default: () => "'{}'" }) directions!: MentorDirection[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) subjects!: string[];
  /** Strengths (proficits) in the mentor's own words. */
  @Column({ type: 'text', default: '' }) strengths!: string;
  /** How many mentees at once, across all programmes. */
  @Column({ type: 'int' }) capacity!: number;
  @Column({ type: 'boolean', default: true }) available!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
