import { CampaignMode, CampaignScopeKind, CampaignStatus, CombineRule } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from '../network/network.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { DiagnosticInstrumentEntity } from '../instrument/diagnostic-instrument.entity';

/**
 * A diagnostic campaign (диагностика, мониторинг затруднений): an instrument, a scope (a network, a municipality or
 * some organisations — those are in diagnostic_campaign_organization), an audience filter and a period.
 */
@Entity('diagnostic_campaign')
@Check('ck_diagnostic_campaign_name', `length(btrim(name)) > 0`)
@Check('ck_diagnostic_campaign_period', `closes_on >= opens_on`)
@Check('ck_diagnostic_campaign_scope', `(scope_kind = 'NETWORK') = (network_id IS NOT NULL) AND (scope_kind = 'MUNICIPALITY') = (municipality_id IS NOT NULL)`)
@Check('ck_diagnostic_campaign_combine', `(mode = 'COMBINED') = (combine_rule IS NOT NULL)`)
@Check('ck_diagnostic_campaign_self_weight', `self_weight BETWEEN 0 AND 100`)
@Check('ck_diagnostic_campaign_experience', `max_experience_years IS NULL OR max_experience_years BETWEEN 0 AND 70`)
export class DiagnosticCampaignEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Index() @Column({ type: 'uuid' }) instrumentId!: string;
  @ManyToOne(() => DiagnosticInstrumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: DiagnosticInstrumentEntity;
  @Column({ type: 'enum', enum: CampaignMode, enumName: 'campaign_mode' }) mode!: CampaignMode;
  @Column({ type: 'enum', enum: CombineRule, enumName: 'combine_rule', nullable: true }) combineRule!: CombineRule | null;
  /** WEIGHTED: the weight of self-assessment, %, the expert gets the rest. */
  @Column({ type: 'int', default: 50 }) selfWeight!: number;
  @Column({ type: 'enum', enum: CampaignScopeKind, enumName: 'campaign_scope_kind' }) scopeKind!: CampaignScopeKind;
  @Index() @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  /** Audience: at most this many years of experience (young teachers: 3). */
  @Column({ type: 'int', nullable: true }) maxExperienceYears!: number | null;
  /** Audience: teachers of any of these subjects (empty: all). */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) subjects!: string[];
  @Column({ type: 'date' }) opensOn!: string;
  @Column({ type: 'date' }) closesOn!: string;
  @Column({ type: 'enum', enum: CampaignStatus, enumName: 'campaign_status', default: CampaignStatus.DRAFT }) status!: CampaignStatus;
  @Index('uq_diagnostic_campaign_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
