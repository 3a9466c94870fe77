import { CompetenceLevel, ResultSource } from '@metodset/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { decimal } from '../../common/database/decimal';

/**
 * The read model "a person's current result per competence code" (see `competence-results.reader.ts`), kept by the
 * database in the same transaction as every change it depends on: triggers on `competence_result` (insert, update,
 * delete — submissions, imports, expert assessments, combined results, seeds), on `diagnostic_campaign` (archived or
 * restored) and on `competence` (a code changed) recompute the touched (person, code) keys with the one rule
 * (migration CurrentCompetenceResults). Nobody writes it from the application; read it through the reader.
 */
@Entity('competence_result_current')
@Index('ix_competence_result_current_code', ['code'])
export class CompetenceResultCurrentEntity {
  @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @PrimaryColumn({ type: 'varchar', length: 50 }) code!: string;
  /** The `competence_result` row that is current. */
  @Column({ type: 'uuid' }) resultId!: string;
  @Column({ type: 'uuid' }) competenceId!: string;
  @Column({ type: 'uuid' }) campaignId!: string;
  @Column({ type: 'enum', enum: ResultSource, enumName: 'result_source' }) source!: ResultSource;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal }) score!: number;
  @Column({ type: 'enum', enum: CompetenceLevel, enumName: 'competence_level' }) level!: CompetenceLevel;
  @Column({ type: 'date' }) measuredOn!: string;
  @Column({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
