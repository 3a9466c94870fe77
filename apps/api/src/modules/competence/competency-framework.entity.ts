import { VersionStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * A competency framework (areas → competences → indicators), e.g. Shadrikov's base competencies.
 * A published version is never changed in place: a new version (same code, version + 1) is made.
 */
@Entity('competency_framework')
@Unique('uq_competency_framework_version', ['code', 'version'])
@Check('ck_competency_framework_name', `length(btrim(name)) > 0`)
@Check('ck_competency_framework_code', `length(btrim(code)) > 0`)
@Check('ck_competency_framework_version', `version >= 1`)
export class CompetencyFrameworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 50 }) code!: string;
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  /** The 1EdTech CASE identifier it was imported with (a re-import of the package updates it); null when made here. */
  @Index() @Column({ type: 'varchar', length: 200, nullable: true }) caseIdentifier!: string | null;
  @Column({ type: 'enum', enum: VersionStatus, enumName: 'version_status', default: VersionStatus.DRAFT }) status!: VersionStatus;
  @Index() @Column({ type: 'uuid', nullable: true }) previousVersionId!: string | null;
  @ManyToOne(() => CompetencyFrameworkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_version_id' })
  previousVersion?: CompetencyFrameworkEntity;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
