import { SurveyQuestionType } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MentoringProgramEntity } from '../mentoring/mentoring-program.entity';

export interface SurveyQuestion {
  key: string;
  text: string;
  type: SurveyQuestionType;
}

/** A questionnaire for the pairs of a programme (mid-way or at the end), configured by its coordinator. */
@Entity('survey')
@Check('ck_survey_title', `length(btrim(title)) > 0`)
@Check('ck_survey_questions', `jsonb_array_length(questions) > 0`)
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => MentoringProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: MentoringProgramEntity;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'boolean', default: true }) isFinal!: boolean;
  @Column({ type: 'jsonb' }) questions!: SurveyQuestion[];
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Index('uq_survey_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
