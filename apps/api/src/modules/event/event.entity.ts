import { EventAudienceTarget, EventKind, EventRecurrence, EventStatus, EventTiming } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from '../network/network.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';

/**
 * A network event (мероприятие), hosted by exactly one network, organisation or municipality. With a recurrence rule it
 * is a series: its occurrences are generated from the rule (identified by their original date), exceptions move or
 * cancel one of them. `revision` grows on every change (iCal SEQUENCE).
 */
@Entity('event')
@Check('ck_event_title', `length(btrim(title)) > 0`)
@Check('ck_event_host', `num_nonnulls(organization_id, municipality_id, network_id) = 1`)
@Check('ck_event_dates', `ends_on >= starts_on`)
@Check('ck_event_times', `(timing = 'DATE_TIME') = (starts_at IS NOT NULL) AND (ends_at IS NULL OR (starts_at IS NOT NULL AND ends_at >= starts_at))`)
@Check('ck_event_period', `(timing = 'PERIOD') = (period_label IS NOT NULL)`)
@Check('ck_event_capacity', `capacity IS NULL OR capacity > 0`)
@Check('ck_event_hours', `hours IS NULL OR (hours > 0 AND hours <= 1000)`)
@Check('ck_event_online_url', `online_url IS NULL OR online_url ~* '^https?://'`)
@Check('ck_event_recurrence', `(recurrence IS NULL AND recurrence_count IS NULL AND recurrence_until IS NULL)
  OR (recurrence IS NOT NULL AND recurrence_interval BETWEEN 1 AND 12 AND num_nonnulls(recurrence_count, recurrence_until) = 1
      AND (recurrence_count IS NULL OR recurrence_count BETWEEN 1 AND 60) AND (recurrence_until IS NULL OR recurrence_until >= starts_on))`)
@Check('ck_event_revision', `revision >= 0`)
@Check('ck_event_span', `span_ends_on >= ends_on`)
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Index() @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' }) kind!: EventKind;
  @Column({ type: 'text', default: '' }) description!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) municipalityId!: string | null;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'enum', enum: EventTiming, enumName: 'event_timing', default: EventTiming.DATE }) timing!: EventTiming;
  /** The first (or only) day; for a period its first day. */
  @Index() @Column({ type: 'date' }) startsOn!: string;
  @Index() @Column({ type: 'date' }) endsOn!: string;
  @Column({ type: 'timestamptz', nullable: true }) startsAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) endsAt!: Date | null;
  /** A period as the plan words it («октябрь 2026», «II полугодие»). */
  @Column({ type: 'varchar', length: 100, nullable: true }) periodLabel!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) place!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'text', default: '' }) audience!: string;
  @Column({ type: 'enum', enum: EventAudienceTarget, enumName: 'event_audience_target', nullable: true }) audienceTarget!: EventAudienceTarget | null;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) competenceIds!: string[];
  /** Responsible as the source writes them, when they are not (only) people in the registry. */
  @Column({ type: 'text', default: '' }) responsibleNote!: string;
  @Column({ type: 'text', default: '' }) plannedResult!: string;
  @Column({ type: 'text', default: '' }) actualResult!: string;
  @Index() @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.PLANNED }) status!: EventStatus;
  /** Registration cap; null: no cap. */
  @Column({ type: 'int', nullable: true }) capacity!: number | null;
  /** Academic hours counted per attended occurrence in the attendee's professional-development record; null: none. */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true }) hours!: string | null;
  @Column({ type: 'boolean', default: true }) registrationOpen!: boolean;
  @Column({ type: 'enum', enum: EventRecurrence, enumName: 'event_recurrence', nullable: true }) recurrence!: EventRecurrence | null;
  @Column({ type: 'int', default: 1 }) recurrenceInterval!: number;
  @Column({ type: 'int', nullable: true }) recurrenceCount!: number | null;
  @Column({ type: 'date', nullable: true }) recurrenceUntil!: string | null;
  /** The last day of the last occurrence (= ends_on for a single event): date-range filters read it. */
  @Index() @Column({ type: 'date' }) spanEndsOn!: string;
  @Column({ type: 'int', default: 0 }) revision!: number;
  /** The source of a seeded event (which plan or calendar it comes from). */
  @Column({ type: 'varchar', length: 500, nullable: true }) source!: string | null;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_event_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
