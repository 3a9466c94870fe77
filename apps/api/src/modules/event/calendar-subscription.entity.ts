import { EventKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { CompetenceEntity } from '../competence/competence.entity';
import { NetworkEntity } from '../network/network.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';

/**
 * An iCal subscription of an account: a filter of the calendar and the hash of the secret in its URL
 * (the secret itself is shown once). The feed shows what the account may see when it is fetched; revoked → 404.
 */
@Entity('calendar_subscription')
@Check('ck_calendar_subscription_name', `length(btrim(name)) > 0`)
export class CalendarSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** SHA-256 (hex) of the URL's secret. */
  @Index('uq_calendar_subscription_token', { unique: true }) @Column({ type: 'char', length: 64 }) tokenHash!: string;
  @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Column({ type: 'uuid', nullable: true }) competenceId!: string | null;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  /** The event kind filter (EVENTS' kinds). */
  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind', nullable: true }) kind!: EventKind | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
