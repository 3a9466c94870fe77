import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceEntity } from './competence.entity';

/** An observable indicator of a competence. */
@Entity('competence_indicator')
@Unique('uq_competence_indicator_code', ['competenceId', 'code'])
@Check('ck_competence_indicator_name', `length(btrim(name)) > 0 AND length(btrim(code)) > 0`)
export class CompetenceIndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  @Column({ type: 'varchar', length: 50 }) code!: string;
  @Column({ type: 'varchar', length: 1000 }) name!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  /** The CASE item identifier it was imported with; null when made here. */
  @Column({ type: 'varchar', length: 200, nullable: true }) caseIdentifier!: string | null;
}
