import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceAreaEntity } from './competence-area.entity';
import { CompetencyFrameworkEntity } from './competency-framework.entity';

/** A competence within an area. Its code is stable across versions of the framework (before/after compares by code). */
@Entity('competence')
@Unique('uq_competence_code', ['frameworkId', 'code'])
@Check('ck_competence_name', `length(btrim(name)) > 0 AND length(btrim(code)) > 0`)
export class CompetenceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id' })
  framework?: CompetencyFrameworkEntity;
  @Index() @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => CompetenceAreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: CompetenceAreaEntity;
  @Column({ type: 'varchar', length: 50 }) code!: string;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  /** The CASE item identifier it was imported with; null when made here. */
  @Column({ type: 'varchar', length: 200, nullable: true }) caseIdentifier!: string | null;
}
