import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { InternshipModuleEntity } from '../staging/internship-module.entity';
import { InternshipProgramEntity } from '../staging/internship-program.entity';
import { InternshipApplicationEntity } from './internship-application.entity';

/**
 * The «completed» fact: a person completed a module of an internship programme in a cohort, with its hours and
 * date (one row per module; a cohort without modules gives one row for the whole programme, module_id NULL).
 * A later round sums these into the teacher's yearly hours.
 */
@Entity('internship_completion')
@Index('uq_internship_completion_module', ['applicationId', 'moduleId'], { unique: true, where: 'module_id IS NOT NULL' })
@Index('uq_internship_completion_whole', ['applicationId'], { unique: true, where: 'module_id IS NULL' })
@Check('ck_internship_completion_hours', `hours > 0`)
export class InternshipCompletionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) applicationId!: string;
  @ManyToOne(() => InternshipApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: InternshipApplicationEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => InternshipProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: InternshipProgramEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) moduleId!: string | null;
  @ManyToOne(() => InternshipModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  module?: InternshipModuleEntity;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'numeric', precision: 6, scale: 1 }) hours!: string;
  @Index() @Column({ type: 'date' }) completedOn!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
