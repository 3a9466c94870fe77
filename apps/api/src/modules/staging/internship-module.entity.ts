import { ModuleFormat } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { InternshipProgramEntity } from './internship-program.entity';

/** A module of a programme, in order. Completing it is the fact hours and route steps build on (later). */
@Entity('internship_module')
@Check('ck_internship_module_title', `length(btrim(title)) > 0`)
@Check('ck_internship_module_hours', `hours > 0 AND hours <= 500`)
@Check('ck_internship_module_position', `position >= 1`)
export class InternshipModuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => InternshipProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: InternshipProgramEntity;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'int' }) hours!: number;
  @Column({ type: 'enum', enum: ModuleFormat, enumName: 'internship_module_format' }) format!: ModuleFormat;
  @Column({ type: 'varchar', length: 500, default: '' }) audience!: string;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('internship_module_competence')
export class InternshipModuleCompetenceEntity {
  @PrimaryColumn({ type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => InternshipModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: InternshipModuleEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
}
