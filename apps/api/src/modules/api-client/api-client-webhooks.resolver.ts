import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SyncEntityType } from '@metodset/shared';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { SyncParityObject, WebhookSubscriptionObject } from '../sync/dto/sync.object';
import { WebhookSubscriptionEntity } from '../sync/sync.entity';
import { ApiClientWebhookInput, ApiClientWebhooksObject } from './dto/api-client-webhook.object';
import { ApiClientWebhooksService, callerOf, nextAttemptAfter } from './api-client-webhooks.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const subscriptionObject = (s: WebhookSubscriptionEntity): WebhookSubscriptionObject => ({ id: s.id, url: s.url, events: s.events, active: !s.archivedAt, createdAt: s.createdAt });

/** An API client's webhooks as its card shows them to the admin who keeps the client. */
@Resolver()
export class ApiClientWebhooksResolver {
  constructor(private readonly service: ApiClientWebhooksService) {}

  @Policy(Permission.API_CLIENT_MANAGE)
  @Query(() => ApiClientWebhooksObject, { description: 'Подписки API-клиента на события и последние 50 доставок' })
  async apiClientWebhooks(@CurrentActor() actor: Actor, @Id('clientId') clientId: string): Promise<ApiClientWebhooksObject> {
    const r = await this.service.overview(callerOf(actor), clientId);
    return {
      clientId: r.clientId,
      canSubscribe: r.canSubscribe,
      subscriptions: r.subscriptions.map(subscriptionObject),
      deliveries: r.deliveries.map((d) => ({
        id: d.id,
        subscriptionId: d.subscriptionId,
        event: d.event,
        state: d.state,
        attempts: d.attempts,
        lastStatus: d.lastStatus,
        lastError: d.lastError,
        lastAttemptAt: d.lastAttemptAt,
        deliveredAt: d.deliveredAt,
        nextAttemptAfter: nextAttemptAfter(d),
        createdAt: d.createdAt,
      })),
    };
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => WebhookSubscriptionObject, { description: 'Подписать API-клиента на события (доставки в его зоне, подписаны секретом подписки)' })
  async subscribeApiClientWebhook(@CurrentActor() actor: Actor, @Id('clientId') clientId: string, @Args('input') input: ApiClientWebhookInput): Promise<WebhookSubscriptionObject> {
    return subscriptionObject(await this.service.subscribe(actor, clientId, input.url, input.secret, input.events));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => WebhookSubscriptionObject, { description: 'Отключить подписку клиента: доставки больше не отправляются (можно включить снова)' })
  async pauseApiClientWebhook(@CurrentActor() actor: Actor, @Id('id') id: string): Promise<WebhookSubscriptionObject> {
    return subscriptionObject(await this.service.setActive(actor, id, false));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => WebhookSubscriptionObject, { description: 'Включить отключённую подписку клиента снова' })
  async resumeApiClientWebhook(@CurrentActor() actor: Actor, @Id('id') id: string): Promise<WebhookSubscriptionObject> {
    return subscriptionObject(await this.service.setActive(actor, id, true));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Query(() => SyncParityObject, { description: 'Сверка клиента: его список кодов против того, что Методсеть хранит в его зоне (как её видит сам клиент)' })
  apiClientParity(
    @CurrentActor() actor: Actor,
    @Id('clientId') clientId: string,
    @Args('type', { type: () => SyncEntityType }) type: SyncEntityType,
    @Args('externalIds', { type: () => [String] }) externalIds: string[],
  ): Promise<SyncParityObject> {
    return this.service.parity(actor, clientId, type, externalIds);
  }
}
