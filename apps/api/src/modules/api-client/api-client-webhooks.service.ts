import { Injectable } from '@nestjs/common';
import { ApiClientScopeKind, DeliveryState, SyncEntityType, WebhookEvent } from '@metodset/shared';
import { AccessService } from '../../common/access/access.service';
import { AccessScope } from '../../common/auth/access-scope';
import { Actor } from '../../common/auth/actor';
import { apiClientGrant } from '../../common/auth/client-permissions';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../sync/sync.entity';
import { WebhookRepository } from '../sync/webhook.repository';
import { SyncService } from '../sync/sync.service';
import { WebhookService } from '../sync/webhook.service';
import { ApiClientRepository, ApiClientRow } from './api-client.repository';
import { ManagingCaller } from './api-client.service';

const NOT_FOUND = 'API-клиент не найден';
const SUBSCRIPTION_NOT_FOUND = 'Подписка не найдена';
/** Deliveries the card shows. */
export const CARD_DELIVERIES = 50;

/** The scope a client's webhooks are delivered in: its own, for the permission its webhook operations need. */
export function webhookScopeOf(c: Pick<ApiClientRow, 'scopeKind' | 'scopeId' | 'permissions'>): AccessScope {
  const grant = apiClientGrant({
    scopeKind: c.scopeKind,
    regionId: c.scopeKind === ApiClientScopeKind.REGION ? c.scopeId : null,
    municipalityId: c.scopeKind === ApiClientScopeKind.MUNICIPALITY ? c.scopeId : null,
    organizationId: c.scopeKind === ApiClientScopeKind.ORGANIZATION ? c.scopeId : null,
    permissions: c.permissions,
  });
  return AccessScope.forPermission(Permission.SYNC_WRITE, [grant], null);
}

/**
 * pg-boss retries a failed delivery after 2^(n−1)…2^n seconds (retryDelay 1 s, backoff with jitter) where n is the
 * attempts made so far: the earliest moment of the next attempt of a delivery still PENDING, null otherwise.
 */
export function nextAttemptAfter(d: Pick<WebhookDeliveryEntity, 'state' | 'attempts' | 'lastAttemptAt'>): Date | null {
  if (d.state !== DeliveryState.PENDING || d.attempts < 1 || !d.lastAttemptAt) return null;
  return new Date(new Date(d.lastAttemptAt).getTime() + 2 ** Math.min(16, d.attempts - 1) * 1000);
}

/**
 * An admin keeps an API client's webhooks from its card: reads its subscriptions and delivery log, subscribes it,
 * switches a subscription off and on. The client must lie in the admin's reach (rule `api-client.manage`, else
 * NOT_FOUND); the subscription is the client's own (owned by its account, delivered in its scope), audited under the
 * admin.
 */
@Injectable()
export class ApiClientWebhooksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly clients: ApiClientRepository,
    private readonly webhooks: WebhookService,
    private readonly repo: WebhookRepository,
    private readonly audit: AuditService,
    private readonly sync: SyncService,
  ) {}

  private async client(caller: ManagingCaller, id: string): Promise<ApiClientRow> {
    await this.access.require(this.uow.reader, caller, 'api-client.manage', id, NOT_FOUND);
    const row = await this.clients.get(this.uow.reader, id);
    if (!row) throw notFound(NOT_FOUND);
    return row;
  }

  async overview(caller: ManagingCaller, clientId: string) {
    const c = await this.client(caller, clientId);
    const m = this.uow.reader;
    const [subscriptions, deliveries] = await Promise.all([this.repo.subscriptionsOf(m, c.accountId), this.repo.deliveriesOf(m, c.accountId, null, CARD_DELIVERIES)]);
    return { clientId: c.id, canSubscribe: !webhookScopeOf(c).isEmpty, subscriptions, deliveries };
  }

  async subscribe(actor: Actor, clientId: string, url: string, secret: string, events: WebhookEvent[]): Promise<WebhookSubscriptionEntity> {
    const c = await this.client(callerOf(actor), clientId);
    if (c.archivedAt) throw fieldError('url', 'Клиент в архиве: верните его, чтобы подписать на события');
    const scope = webhookScopeOf(c);
    if (scope.isEmpty) throw fieldError('events', 'У клиента нет права «Синхронизация»: дайте его клиенту, чтобы подписать на события');
    return this.webhooks.subscribe(asClient(actor, c, scope), url, secret, events, actor.user.accountId);
  }

  /** The parity report the client would get for this list of its codes (its mapping, its scope), read by the admin. */
  async parity(actor: Actor, clientId: string, type: SyncEntityType, externalIds: string[]) {
    const c = await this.client(callerOf(actor), clientId);
    const scope = webhookScopeOf(c);
    if (scope.isEmpty) throw fieldError('externalIds', 'У клиента нет права «Синхронизация»: сверять нечего');
    return this.sync.parity(asClient(actor, c, scope), type, externalIds, actor.user.accountId);
  }

  /** Off (no more deliveries; waiting ones fail as «Подписка отменена») or back on. */
  async setActive(actor: Actor, id: string, active: boolean): Promise<WebhookSubscriptionEntity> {
    const caller = callerOf(actor);
    return this.uow.write(async (m) => {
      const owner = await this.repo.ownerOf(m, id);
      const clientId = owner ? await this.clients.idOfAccount(m, owner) : null;
      if (!owner || !clientId || !(await this.access.can(m, caller, 'api-client.manage', clientId))) throw notFound(SUBSCRIPTION_NOT_FOUND);
      const row = (await this.repo.findOwned(m, owner, id, true)) as WebhookSubscriptionEntity;
      if (active === !row.archivedAt) return row;
      if (active) await this.repo.restore(m, id);
      else await this.repo.archive(m, id);
      await this.audit.record(m, { accountId: actor.user.accountId, action: active ? 'restore' : 'archive', entityType: 'webhook-subscription', entityId: id });
      return (await this.repo.findOwned(m, owner, id)) as WebhookSubscriptionEntity;
    });
  }
}

/** The client as a caller (its account, its scope) for the sync operations done on its behalf. */
const asClient = (actor: Actor, c: ApiClientRow, scope: AccessScope): Actor => ({ user: { ...actor.user, accountId: c.accountId, personId: null, client: { id: c.id, name: c.name } }, scope });

export const callerOf = (actor: Actor): ManagingCaller => ({ accountId: actor.user.accountId, grants: actor.user.grants, personId: actor.user.personId });
