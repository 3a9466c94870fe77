import { DiagnosticItemKind } from '@metodset/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { DiagnosticInstrumentEntity } from './diagnostic-instrument.entity';
import { decimal } from '../../common/database/decimal';

export interface ItemOption {
  key: string;
  label: string;
  score: number;
}

/**
 * One item (вопрос, утверждение) of an instrument, mapped to a competence.
 * SCALE: an integer from scaleMin to scaleMax; SINGLE/MULTIPLE_CHOICE: options with scores; TEXT: not scored.
 */
@Entity('diagnostic_item')
@Unique('uq_diagnostic_item_position', ['instrumentId', 'position'])
@Check('ck_diagnostic_item_text', `length(btrim(text)) > 0`)
@Check('ck_diagnostic_item_scale', `kind <> 'SCALE' OR (scale_min IS NOT NULL AND scale_max IS NOT NULL AND scale_min < scale_max)`)
@Check('ck_diagnostic_item_options', `kind NOT IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') OR jsonb_array_length(options) >= 2`)
@Check('ck_diagnostic_item_weight', `weight > 0 AND weight <= 100`)
export class DiagnosticItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) instrumentId!: string;
  @ManyToOne(() => DiagnosticInstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: DiagnosticInstrumentEntity;
  @Column({ type: 'int' }) position!: number;
  @Index() @Column({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  @Column({ type: 'enum', enum: DiagnosticItemKind, enumName: 'diagnostic_item_kind' }) kind!: DiagnosticItemKind;
  @Column({ type: 'varchar', length: 2000 }) text!: string;
  @Column({ type: 'int', nullable: true }) scaleMin!: number | null;
  @Column({ type: 'int', nullable: true }) scaleMax!: number | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) options!: ItemOption[];
  @Column({ type: 'numeric', precision: 6, scale: 2, default: 1, transformer: decimal })
  weight!: number;
}
