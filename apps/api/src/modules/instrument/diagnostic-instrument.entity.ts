import { VersionStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CompetencyFrameworkEntity } from '../competence/competency-framework.entity';

/** A diagnostic method of the bank (банк диагностических методик): items mapped to competences of one framework. */
@Entity('diagnostic_instrument')
@Unique('uq_diagnostic_instrument_version', ['code', 'version'])
@Check('ck_diagnostic_instrument_name', `length(btrim(name)) > 0 AND length(btrim(code)) > 0`)
@Check('ck_diagnostic_instrument_version', `version >= 1`)
export class DiagnosticInstrumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 50 }) code!: string;
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Index() @Column({ type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id' })
  framework?: CompetencyFrameworkEntity;
  @Column({ type: 'enum', enum: VersionStatus, enumName: 'version_status', default: VersionStatus.DRAFT }) status!: VersionStatus;
  @Index() @Column({ type: 'uuid', nullable: true }) previousVersionId!: string | null;
  @ManyToOne(() => DiagnosticInstrumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_version_id' })
  previousVersion?: DiagnosticInstrumentEntity;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
