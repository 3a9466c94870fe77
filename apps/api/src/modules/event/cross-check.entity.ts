import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';
import { EventEntity } from './event.entity';

/**
 * A cross-check of pupils' diagnostic papers (an event of kind PAPER_CROSS_CHECK): the papers of `from` are checked by
 * `checker` (an exchange is two rows).
 */
@Entity('cross_check_school_pair')
@Unique('uq_cross_check_school_pair', ['eventId', 'fromOrganizationId', 'checkerOrganizationId'])
@Check('ck_cross_check_school_pair_distinct', `from_organization_id <> checker_organization_id`)
export class CrossCheckSchoolPairEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Index() @Column({ type: 'uuid' }) fromOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_organization_id' })
  fromOrganization?: OrganizationEntity;
  @Index() @Column({ type: 'uuid' }) checkerOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checker_organization_id' })
  checkerOrganization?: OrganizationEntity;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/** Two experts who check papers together (a subject, optionally). */
@Entity('cross_check_expert_pair')
@Unique('uq_cross_check_expert_pair', ['eventId', 'firstPersonId', 'secondPersonId', 'subject'])
@Check('ck_cross_check_expert_pair_distinct', `first_person_id <> second_person_id`)
export class CrossCheckExpertPairEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Index() @Column({ type: 'uuid' }) firstPersonId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'first_person_id' })
  firstPerson?: PersonEntity;
  @Index() @Column({ type: 'uuid' }) secondPersonId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'second_person_id' })
  secondPerson?: PersonEntity;
  @Column({ type: 'varchar', length: 200, default: '' }) subject!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/** A line of the protocol of discrepancies: per subject and grade, how many papers and how many were marked differently. */
@Entity('cross_check_protocol_row')
@Unique('uq_cross_check_protocol_row', ['eventId', 'subject', 'grade'])
@Check('ck_cross_check_protocol_subject', `length(btrim(subject)) > 0`)
@Check('ck_cross_check_protocol_grade', `grade BETWEEN 1 AND 11`)
@Check('ck_cross_check_protocol_counts', `paper_count >= 0 AND discrepancy_count >= 0 AND discrepancy_count <= paper_count`)
export class CrossCheckProtocolRowEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @Column({ type: 'smallint' }) grade!: number;
  @Column({ type: 'int' }) paperCount!: number;
  @Column({ type: 'int' }) discrepancyCount!: number;
  @Column({ type: 'text', default: '' }) comment!: string;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
