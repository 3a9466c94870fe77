import { ScoreAggregation } from '@metodset/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { DiagnosticInstrumentEntity } from './diagnostic-instrument.entity';
import { decimal } from '../../common/database/decimal';

/** How an instrument scores one competence (0–100 %) and the thresholds: below `deficitBelow` a deficit, from `proficitFrom` a proficit. */
@Entity('diagnostic_scoring_rule')
@Unique('uq_diagnostic_scoring_rule', ['instrumentId', 'competenceId'])
@Check('ck_diagnostic_scoring_rule_thresholds', `deficit_below >= 0 AND deficit_below <= proficit_from AND proficit_from <= 100`)
export class DiagnosticScoringRuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) instrumentId!: string;
  @ManyToOne(() => DiagnosticInstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: DiagnosticInstrumentEntity;
  @Column({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  @Column({ type: 'enum', enum: ScoreAggregation, enumName: 'score_aggregation', default: ScoreAggregation.MEAN }) aggregation!: ScoreAggregation;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal }) deficitBelow!: number;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal }) proficitFrom!: number;
}
