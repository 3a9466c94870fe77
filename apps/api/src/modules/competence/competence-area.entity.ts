import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetencyFrameworkEntity } from './competency-framework.entity';

/** A competence area of a framework, e.g. «Психолого-педагогическая». */
@Entity('competence_area')
@Unique('uq_competence_area_code', ['frameworkId', 'code'])
@Check('ck_competence_area_name', `length(btrim(name)) > 0 AND length(btrim(code)) > 0`)
export class CompetenceAreaEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: CompetencyFrameworkEntity;
  @Column({ type: 'varchar', length: 50 }) code!: string;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  /** The CASE item identifier it was imported with; null when made here. */
  @Column({ type: 'varchar', length: 200, nullable: true }) caseIdentifier!: string | null;
}
