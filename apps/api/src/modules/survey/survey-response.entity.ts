import { MentorshipSide } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MentorshipEntity } from '../mentoring/mentorship.entity';
import { PersonEntity } from '../person/person.entity';
import { SurveyEntity } from './survey.entity';

/** One participant's answers for one mentorship: given once. */
@Entity('survey_response')
@Unique('uq_survey_response', ['surveyId', 'mentorshipId', 'personId'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) surveyId!: string;
  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;
  @Column({ type: 'uuid' }) mentorshipId!: string;
  @ManyToOne(() => MentorshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: MentorshipEntity;
  @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: MentorshipSide, enumName: 'mentorship_side' }) side!: MentorshipSide;
  /** Scale answers as numbers 1–5, text answers as strings, by question key. */
  @Column({ type: 'jsonb' }) answers!: Record<string, number | string>;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) submittedAt!: Date;
}
