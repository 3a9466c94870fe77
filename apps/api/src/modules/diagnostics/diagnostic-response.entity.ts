import { ResponseRole, ResponseStatus } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { DiagnosticParticipantEntity } from './diagnostic-participant.entity';

/** Answer of one item: a scale value, chosen option keys, or text. */
export type AnswerValue = number | string | string[];

/** A participant's self-assessment or an expert's assessment of them: a draft until submitted, submitted once. */
@Entity('diagnostic_response')
@Unique('uq_diagnostic_response', ['participantId', 'role'])
export class DiagnosticResponseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) participantId!: string;
  @ManyToOne(() => DiagnosticParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: DiagnosticParticipantEntity;
  @Column({ type: 'enum', enum: ResponseRole, enumName: 'response_role' }) role!: ResponseRole;
  /** item id → answer */
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers!: Record<string, AnswerValue>;
  @Column({ type: 'enum', enum: ResponseStatus, enumName: 'response_status', default: ResponseStatus.DRAFT }) status!: ResponseStatus;
  @Index() @Column({ type: 'uuid', nullable: true }) respondentAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'respondent_account_id' })
  respondent?: AccountEntity;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
