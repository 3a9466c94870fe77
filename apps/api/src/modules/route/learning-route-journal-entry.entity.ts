import { JournalEntryKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';

/** A dated line of the growth journal («Журнал непрерывного профессионального роста») of a route. */
@Entity('learning_route_journal_entry')
@Check('ck_learning_route_journal_text', `length(btrim(text)) > 0`)
@Index('ix_learning_route_journal_route_date', ['routeId', 'occurredOn'])
export class LearningRouteJournalEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) routeId!: string;
  @ManyToOne(() => LearningRouteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id' })
  route?: LearningRouteEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) stepId!: string | null;
  @ManyToOne(() => LearningRouteStepEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'step_id' })
  step?: LearningRouteStepEntity;
  @Column({ type: 'date' }) occurredOn!: string;
  @Column({ type: 'enum', enum: JournalEntryKind, enumName: 'journal_entry_kind' }) kind!: JournalEntryKind;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'uuid', nullable: true }) authorAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_account_id' })
  author?: AccountEntity;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
