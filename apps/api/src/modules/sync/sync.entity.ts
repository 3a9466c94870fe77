import { DeliveryState, SyncEntityType, WebhookEvent } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A caller's own id of a row (an API client's, or a person's when they sync by hand): (source, type, external id) →
 * the row. Sync matches by it first, so a client's ids never clash with another client's or with the registry's codes.
 */
@Entity('sync_external_id')
@Unique('uq_sync_external_id_entity', ['sourceId', 'entityType', 'entityId'])
@Check('ck_sync_external_id', `length(btrim(external_id)) > 0`)
export class SyncExternalIdEntity {
  /** The account that synced (an API client's account, or a person's). */
  @PrimaryColumn({ type: 'uuid' }) sourceId!: string;
  @PrimaryColumn({ type: 'enum', enum: SyncEntityType, enumName: 'sync_entity_type' }) entityType!: SyncEntityType;
  @PrimaryColumn({ type: 'varchar', length: 100 }) externalId!: string;
  @Index() @Column({ type: 'uuid' }) entityId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/**
 * The change feed's log: one row per created, changed or archived organisation or person, written by triggers in
 * the writing transaction with its transaction id. Readers page by (xid, seq) below the oldest running transaction,
 * so a change that commits late is never skipped.
 */
@Entity('change_log')
// ix_change_log_position (xid, seq) is the migration's: TypeORM reads an index's columns in table order, not index order.
@Index('ix_change_log_position', { synchronize: false })
@Check('ck_change_log_kind', `kind IN ('CREATED', 'UPDATED', 'ARCHIVED')`)
export class ChangeLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) seq!: string;
  /** pg_current_xact_id() of the writing transaction (xid8 as a bigint), set by the triggers that write the log. */
  @Column({ type: 'bigint' }) xid!: string;
  @Column({ type: 'enum', enum: SyncEntityType, enumName: 'sync_entity_type' }) entityType!: SyncEntityType;
  @Index() @Column({ type: 'uuid' }) entityId!: string;
  @Column({ type: 'varchar', length: 10 }) kind!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) changedAt!: Date;
}

/** A subscription to events: where to POST them and the secret they are signed with. */
@Entity('webhook_subscription')
@Check('ck_webhook_subscription_url', `url ~ '^https?://'`)
@Check('ck_webhook_subscription_events', `cardinality(events) > 0`)
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) ownerAccountId!: string;
  @Column({ type: 'varchar', length: 2000 }) url!: string;
  /** Signs the deliveries (HMAC-SHA256); the receiver holds it too, so it is kept (never shown again). */
  @Column({ type: 'varchar', length: 200 }) secret!: string;
  @Column({ type: 'text', array: true }) events!: WebhookEvent[];
  /** The owner's scope when subscribing: events about rows outside it are not delivered. */
  @Column({ type: 'boolean', default: false }) scopeAll!: boolean;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) scopeRegionIds!: string[];
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) scopeMunicipalityIds!: string[];
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) scopeOrganizationIds!: string[];
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** One event sent to one subscription, with its attempts: the delivery log the client reads. */
@Entity('webhook_delivery')
@Check('ck_webhook_delivery_attempts', `attempts >= 0`)
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) subscriptionId!: string;
  @ManyToOne(() => WebhookSubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscriptionEntity;
  @Column({ type: 'enum', enum: WebhookEvent, enumName: 'webhook_event' }) event!: WebhookEvent;
  @Column({ type: 'jsonb' }) payload!: object;
  @Index() @Column({ type: 'enum', enum: DeliveryState, enumName: 'delivery_state', default: DeliveryState.PENDING }) state!: DeliveryState;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'int', nullable: true }) lastStatus!: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) lastError!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) lastAttemptAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
