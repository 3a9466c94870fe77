import { IndicatorValueSource } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { decimal } from '../../common/database/decimal';
import { AccountEntity } from '../auth/account.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { IndicatorEntity } from './indicator.entity';

/**
 * An actual value of a MANUAL indicator for a period, for the whole owner (no organisation) or for one school.
 * One live value per indicator, period and organisation; archived values are kept (undo).
 */
@Entity('indicator_value')
@Check('ck_indicator_value_period', `period_end >= period_start`)
@Check('ck_indicator_value_range', `value BETWEEN -1000000000 AND 1000000000`)
@Index('uq_indicator_value_total', ['indicatorId', 'periodStart', 'periodEnd'], { unique: true, where: 'organization_id IS NULL AND archived_at IS NULL' })
@Index('uq_indicator_value_school', ['indicatorId', 'periodStart', 'periodEnd', 'organizationId'], { unique: true, where: 'organization_id IS NOT NULL AND archived_at IS NULL' })
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) indicatorId!: string;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;
  @Column({ type: 'date' }) periodStart!: string;
  @Column({ type: 'date' }) periodEnd!: string;
  /** A school's value; null: the value of the whole owner. */
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'numeric', precision: 14, scale: 4, transformer: decimal }) value!: number;
  @Column({ type: 'enum', enum: IndicatorValueSource, enumName: 'indicator_value_source', default: IndicatorValueSource.OTHER }) source!: IndicatorValueSource;
  /** The source as written (the report, the protocol, the order). */
  @Column({ type: 'varchar', length: 1000, default: '' }) sourceText!: string;
  @Column({ type: 'uuid', nullable: true }) enteredByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by_account_id' })
  enteredBy?: AccountEntity;
  @Column({ type: 'timestamptz', default: () => 'now()' }) enteredAt!: Date;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
