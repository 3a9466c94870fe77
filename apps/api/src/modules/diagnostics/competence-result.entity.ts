import { CompetenceLevel, ResultSource } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { PersonEntity } from '../person/person.entity';
import { DiagnosticCampaignEntity } from './diagnostic-campaign.entity';
import { decimal } from '../../common/database/decimal';

/** A person's score (0–100 %) in one competence from one campaign, and the level derived from the thresholds. */
@Entity('competence_result')
@Unique('uq_competence_result', ['campaignId', 'personId', 'competenceId'])
@Check('ck_competence_result_score', `score BETWEEN 0 AND 100`)
@Index('ix_competence_result_person_competence', ['personId', 'competenceId'])
export class CompetenceResultEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => DiagnosticCampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: DiagnosticCampaignEntity;
  @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Index() @Column({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  @Column({ type: 'enum', enum: ResultSource, enumName: 'result_source' }) source!: ResultSource;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal }) score!: number;
  @Column({ type: 'enum', enum: CompetenceLevel, enumName: 'competence_level' }) level!: CompetenceLevel;
  @Column({ type: 'date' }) measuredOn!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
