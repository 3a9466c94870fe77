import { IndicatorDirection, IndicatorKind, IndicatorUnit } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { decimal } from '../../common/database/decimal';
import { InternshipProgramEntity } from '../staging/internship-program.entity';
import { MentoringProgramEntity } from '../mentoring/mentoring-program.entity';
import { NetworkEntity } from '../network/network.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PlanEntity } from '../plan/plan.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { RegionEntity } from '../territory/region.entity';

/** The owner columns of an indicator, in the order of `IndicatorOwnerKind`; exactly one is set. */
export const INDICATOR_OWNER_COLUMNS = ['mentoring_program_id', 'internship_program_id', 'network_id', 'plan_id', 'municipality_id', 'region_id', 'organization_id'] as const;

/**
 * An indicator (показатель результативности, целевой индикатор) of one owner: a mentoring programme, an internship
 * programme, a network, a plan, a territory (municipality or region) or an organisation. MANUAL indicators keep their
 * actual values in `indicator_value`; COMPUTED ones name a `computedKey` whose values the computed-indicator registry
 * supplies (`ComputedValueSource`).
 */
@Entity('indicator')
@Check('ck_indicator_name', `length(btrim(name)) > 0`)
@Check('ck_indicator_owner', `num_nonnulls(mentoring_program_id, internship_program_id, network_id, plan_id, municipality_id, region_id, organization_id) = 1`)
@Check('ck_indicator_computed_key', `(kind = 'COMPUTED') = (computed_key IS NOT NULL) AND (computed_key IS NULL OR computed_key ~ '^[A-Z][A-Z0-9_]{1,99}$')`)
@Check('ck_indicator_baseline', `(baseline_year IS NULL) = (baseline_value IS NULL) AND (baseline_year IS NULL OR baseline_year BETWEEN 2000 AND 2100)`)
@Check('ck_indicator_baseline_percent', `unit <> 'PERCENT' OR baseline_value IS NULL OR baseline_value BETWEEN -100 AND 100`)
@Check('ck_indicator_position', `position >= 0`)
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) mentoringProgramId!: string | null;
  @ManyToOne(() => MentoringProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentoring_program_id' })
  mentoringProgram?: MentoringProgramEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) internshipProgramId!: string | null;
  @ManyToOne(() => InternshipProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'internship_program_id' })
  internshipProgram?: InternshipProgramEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) planId!: string | null;
  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) regionId!: string | null;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The name as the document writes it. */
  @Column({ type: 'varchar', length: 1000 }) name!: string;
  /** The group it is listed under («Основные», «Дополнительные», «Минимальные обязательные результаты»). */
  @Column({ type: 'varchar', length: 300, default: '' }) section!: string;
  /** Order within the owner (as the document lists them). */
  @Column({ type: 'int', default: 0 }) position!: number;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'enum', enum: IndicatorUnit, enumName: 'indicator_unit' }) unit!: IndicatorUnit;
  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction', default: IndicatorDirection.HIGHER_IS_BETTER }) direction!: IndicatorDirection;
  @Index() @Column({ type: 'enum', enum: IndicatorKind, enumName: 'indicator_kind', default: IndicatorKind.MANUAL }) kind!: IndicatorKind;
  /** COMPUTED: the key of the computed-indicator registry (e.g. `TEACHERS_WITH_APPROVED_ROUTE_SHARE`); null for MANUAL. */
  @Index() @Column({ type: 'varchar', length: 100, nullable: true }) computedKey!: string | null;
  /** Targets and values are changes from the baseline year («+7 %», «+3»), not levels. */
  @Column({ type: 'boolean', default: false }) measuresChange!: boolean;
  @Column({ type: 'int', nullable: true }) baselineYear!: number | null;
  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true, transformer: decimal }) baselineValue!: number | null;
  /** The baseline as written («57% - в»), when it is more than a number. */
  @Column({ type: 'varchar', length: 300, default: '' }) baselineText!: string;
  /** Where the indicator comes from (the document, its table). */
  @Column({ type: 'text', default: '' }) sourceNote!: string;
  /** Demo data: the record (or its values) invented for the demonstration. */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  /** COMPUTED: when it was last recalculated (its stored values are as of then); null: never. */
  @Column({ type: 'timestamptz', nullable: true }) recalculatedAt!: Date | null;
  @Index('uq_indicator_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
