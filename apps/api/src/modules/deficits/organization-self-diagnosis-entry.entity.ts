import { CompetenceLevel } from '@metodset/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { OrganizationSelfDiagnosisEntity } from './organization-self-diagnosis.entity';
import { decimal } from '../../common/database/decimal';

/** One competence of a school's self-diagnostics: deficit, norm or proficit, with the share/score when aggregated. */
@Entity('organization_self_diagnosis_entry')
@Unique('uq_organization_self_diagnosis_entry', ['diagnosisId', 'competenceId'])
@Check('ck_organization_self_diagnosis_entry_score', `score IS NULL OR score BETWEEN 0 AND 100`)
export class OrganizationSelfDiagnosisEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) diagnosisId!: string;
  @ManyToOne(() => OrganizationSelfDiagnosisEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'diagnosis_id' })
  diagnosis?: OrganizationSelfDiagnosisEntity;
  @Index() @Column({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  @Column({ type: 'enum', enum: CompetenceLevel, enumName: 'competence_level' }) level!: CompetenceLevel;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimal }) score!: number | null;
  @Column({ type: 'text', default: '' }) note!: string;
}
