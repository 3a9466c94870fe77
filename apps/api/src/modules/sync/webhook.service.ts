import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DeliveryState, WebhookEvent } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { guardedPost, InternalAddressError, internalTargetReason } from '../../common/net/guarded-http';
import { AppConfig } from '../../config/config';
import { badInput, notFound } from '../../common/errors/errors';
import { DomainEvents, DomainEventSubject } from '../../common/jobs/domain-events';
import { JobQueue } from '../../common/jobs/job-queue';
import { AuditService } from '../audit/audit.service';
import { DELIVERY_HEADER, EVENT_HEADER, sign, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './sync.entity';
import { WebhookRepository } from './webhook.repository';

export const WEBHOOK_QUEUE = 'metodset-webhooks';
/** Attempts of one delivery, at most (the first and the retries). */
export const WEBHOOK_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;
const SUBSCRIPTION_LIMIT = 20;

/** The JSON a receiver gets (and that is signed): the same for every attempt of a delivery. */
export function deliveryBody(d: Pick<WebhookDeliveryEntity, 'id' | 'event' | 'payload' | 'createdAt'>): string {
  return JSON.stringify({ id: d.id, event: d.event, occurredAt: new Date(d.createdAt).toISOString(), data: d.payload });
}

/**
 * Webhooks: a client subscribes to events with a URL and a secret. An event the domains emit becomes one delivery
 * per subscription in scope, written with the change, and put on pg-boss's queue in the same transaction; the worker
 * POSTs it signed (HMAC-SHA256 over «timestamp.body»), and a failure is retried with doubling delays until it
 * succeeds or the attempts run out. Every attempt is kept in the delivery log the owner reads.
 */
@Injectable()
export class WebhookService implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: WebhookRepository,
    private readonly queue: JobQueue,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.addQueue<{ deliveryId: string }>(WEBHOOK_QUEUE, { retryLimit: WEBHOOK_ATTEMPTS - 1, retryDelay: 1, backoff: true, pollingIntervalSeconds: 1 }, (data) =>
      this.deliver(data.deliveryId),
    );
    this.events.listen((m, event, subject) => this.fanOut(m, event, subject));
  }

  /** `by`: the account that acts when it is not the owner (an admin subscribing an API client from its card). */
  async subscribe(actor: Actor, url: string, secret: string, events: WebhookEvent[], by = actor.user.accountId): Promise<WebhookSubscriptionEntity> {
    const fields = [];
    let parsed: URL | null = null;
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = null;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || url.length > 2000 || parsed.username || parsed.password) {
      fields.push({ field: 'url', message: 'Адрес — вида https://system.example.ru/hooks' });
    } else {
      const internal = await internalTargetReason(parsed, this.config.webhookAllowedHosts);
      if (internal) fields.push({ field: 'url', message: internal });
    }
    if (secret.length < 16 || secret.length > 200) fields.push({ field: 'secret', message: 'Секрет — от 16 до 200 символов' });
    const wanted = [...new Set(events)];
    if (!wanted.length) fields.push({ field: 'events', message: 'Выберите хотя бы одно событие' });
    if (fields.length) throw badInput(fields);
    return this.uow.write(async (m) => {
      const mine = (await this.repo.subscriptionsOf(m, actor.user.accountId)).filter((s) => !s.archivedAt);
      if (mine.length >= SUBSCRIPTION_LIMIT) throw badInput([{ field: 'url', message: `Не больше ${SUBSCRIPTION_LIMIT} подписок` }]);
      const row = await this.repo.insertSubscription(m, actor.user.accountId, (parsed as URL).toString(), secret, wanted, actor.scope);
      await this.audit.record(m, { accountId: by, action: 'create', entityType: 'webhook-subscription', entityId: row.id, after: { url: row.url, events: wanted } });
      return row;
    });
  }

  async unsubscribe(actor: Actor, id: string): Promise<WebhookSubscriptionEntity> {
    return this.uow.write(async (m) => {
      const row = await this.repo.findOwned(m, actor.user.accountId, id, true);
      if (!row) throw notFound('Подписка не найдена');
      await this.repo.archive(m, id);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'archive', entityType: 'webhook-subscription', entityId: id });
      return (await this.repo.findOwned(m, actor.user.accountId, id)) as WebhookSubscriptionEntity;
    });
  }

  subscriptions(actor: Actor): Promise<WebhookSubscriptionEntity[]> {
    return this.repo.subscriptionsOf(this.uow.reader, actor.user.accountId);
  }

  async deliveries(actor: Actor, subscriptionId: string | null, first: number): Promise<WebhookDeliveryEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput([{ field: 'first', message: 'От 1 до 100 доставок на странице' }]);
    if (subscriptionId && !(await this.repo.findOwned(this.uow.reader, actor.user.accountId, subscriptionId))) throw notFound('Подписка не найдена');
    return this.repo.deliveriesOf(this.uow.reader, actor.user.accountId, subscriptionId, first);
  }

  private async fanOut(m: EntityManager, event: WebhookEvent, subject: DomainEventSubject): Promise<void> {
    const ids = (xs: (string | null)[] | undefined) => [...new Set((xs ?? []).filter((x): x is string => !!x))];
    const deliveries = await this.repo.fanOut(m, event, ids(subject.organizationIds), ids(subject.personIds), subject.data);
    if (!this.queue.started) {
      if (deliveries.length) this.logger.warn(`The job queue is off: ${deliveries.length} webhook deliveries stay PENDING`);
      return;
    }
    for (const deliveryId of deliveries) await this.queue.sendTo(m, WEBHOOK_QUEUE, { deliveryId });
  }

  /** One attempt. Throws to have pg-boss retry it later (with backoff); returns when done for good. */
  async deliver(deliveryId: string): Promise<void> {
    const m = this.uow.reader;
    const found = await this.repo.delivery(m, deliveryId);
    if (!found || found.delivery.state !== DeliveryState.PENDING) return;
    const { delivery } = found;
    if (!found.active) {
      await this.repo.attempted(m, deliveryId, DeliveryState.FAILED, null, 'Подписка отменена');
      return;
    }
    const body = deliveryBody(delivery);
    const timestamp = Math.floor(Date.now() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await guardedPost(
        new URL(found.url),
        {
          'content-type': 'application/json',
          'user-agent': 'Metodset-Webhooks/1',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: sign(found.secret, timestamp, body),
          [EVENT_HEADER]: delivery.event,
          [DELIVERY_HEADER]: delivery.id,
        },
        body,
        { timeoutMs: TIMEOUT_MS, allowed: this.config.webhookAllowedHosts },
      );
      status = res.status;
      if (status >= 200 && status < 300) {
        await this.repo.attempted(m, deliveryId, DeliveryState.DELIVERED, status, null);
        return;
      }
      error = `Ответ HTTP ${status}`;
    } catch (err) {
      if (err instanceof InternalAddressError) {
        // Where the address leads now (after DNS): refused for good, no retries.
        await this.repo.attempted(m, deliveryId, DeliveryState.FAILED, null, err.message);
        return;
      }
      error = `Не удалось доставить: ${err instanceof Error ? err.message : String(err)}`;
    }
    const last = delivery.attempts + 1 >= WEBHOOK_ATTEMPTS;
    await this.repo.attempted(m, deliveryId, last ? DeliveryState.FAILED : DeliveryState.PENDING, status, error);
    if (!last) throw new Error(`Webhook delivery ${deliveryId}: ${error}`);
  }
}
