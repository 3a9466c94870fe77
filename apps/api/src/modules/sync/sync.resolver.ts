import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CHANGES_PAGE_LIMIT, SyncEntityType, WebhookEvent } from '@metodset/shared';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { ChangesService } from './changes.service';
import { SyncCompetenceResultsInput, SyncOrganizationsInput, SyncPeopleInput } from './dto/sync.input';
import { ChangePageObject, SyncParityObject, SyncResultObject, WebhookDeliveryObject, WebhookSubscriptionObject } from './dto/sync.object';
import { WebhookSubscriptionEntity } from './sync.entity';
import { SyncService } from './sync.service';
import { deliveryBody, WebhookService } from './webhook.service';

const subscriptionObject = (s: WebhookSubscriptionEntity): WebhookSubscriptionObject => ({
  id: s.id,
  url: s.url,
  events: s.events,
  active: !s.archivedAt,
  createdAt: s.createdAt,
});

@Resolver()
export class SyncResolver {
  constructor(
    private readonly sync: SyncService,
    private readonly feed: ChangesService,
    private readonly webhooks: WebhookService,
  ) {}

  @Policy(Permission.SYNC_WRITE)
  @Mutation(() => SyncResultObject, { description: 'Синхронизация организаций по вашим кодам (до 1000 строк): по строке — итог; повтор ничего не меняет' })
  syncOrganizations(@CurrentActor() actor: Actor, @Args('input') input: SyncOrganizationsInput): Promise<SyncResultObject> {
    return this.sync.syncOrganizations(actor, input.rows, input.dryRun);
  }

  @Policy(Permission.SYNC_WRITE)
  @Mutation(() => SyncResultObject, { description: 'Синхронизация педагогов с должностями по вашим кодам (до 1000 строк)' })
  syncPeople(@CurrentActor() actor: Actor, @Args('input') input: SyncPeopleInput): Promise<SyncResultObject> {
    return this.sync.syncPeople(actor, input.rows, input.dryRun);
  }

  @Policy(Permission.SYNC_WRITE)
  @Mutation(() => SyncResultObject, {
    description: 'Результаты внешней диагностики по педагогам (ваш код или СНИЛС) и кодам компетенций (до 1000 строк): по строке — итог; повтор ничего не меняет',
  })
  syncCompetenceResults(@CurrentActor() actor: Actor, @Args('input') input: SyncCompetenceResultsInput): Promise<SyncResultObject> {
    return this.sync.syncResults(actor, input.campaignId, input.rows, input.dryRun);
  }

  @Policy(Permission.SYNC_WRITE)
  @Query(() => SyncParityObject, { description: 'Сверка: ваш список кодов против того, что Методсеть хранит в вашей зоне' })
  syncParity(
    @CurrentActor() actor: Actor,
    @Args('type', { type: () => SyncEntityType }) type: SyncEntityType,
    @Args('externalIds', { type: () => [String] }) externalIds: string[],
  ): Promise<SyncParityObject> {
    return this.sync.parity(actor, type, externalIds);
  }

  @Policy(Permission.SYNC_READ)
  @Query(() => ChangePageObject, { description: 'Лента изменений организаций и педагогов вашей зоны после курсора, по порядку' })
  changes(
    @CurrentActor() actor: Actor,
    @Args('since', { type: () => String, nullable: true, description: 'Курсор из прошлого ответа; пусто — с начала' }) since: string | null,
    @Args('types', { type: () => [SyncEntityType], nullable: true }) types: SyncEntityType[] | null,
    @Args('first', { type: () => Int, defaultValue: CHANGES_PAGE_LIMIT, description: `Не больше ${CHANGES_PAGE_LIMIT}` }) first: number,
  ): Promise<ChangePageObject> {
    return this.feed.changes(actor, since, types, first);
  }

  @Policy(Permission.SYNC_WRITE)
  @Mutation(() => WebhookSubscriptionObject, { description: 'Подписка на события: доставки подписаны HMAC-SHA256 секретом подписки' })
  async subscribeWebhook(
    @CurrentActor() actor: Actor,
    @Args('url') url: string,
    @Args('secret', { description: 'От 16 символов; хранится для подписи и больше не показывается' }) secret: string,
    @Args('events', { type: () => [WebhookEvent] }) events: WebhookEvent[],
  ): Promise<WebhookSubscriptionObject> {
    return subscriptionObject(await this.webhooks.subscribe(actor, url, secret, events));
  }

  @Policy(Permission.SYNC_WRITE)
  @Mutation(() => WebhookSubscriptionObject, { description: 'Отменить подписку (доставки больше не отправляются)' })
  async unsubscribeWebhook(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<WebhookSubscriptionObject> {
    return subscriptionObject(await this.webhooks.unsubscribe(actor, id));
  }

  @Policy(Permission.SYNC_WRITE)
  @Query(() => [WebhookSubscriptionObject], { description: 'Мои подписки на события' })
  async webhookSubscriptions(@CurrentActor() actor: Actor): Promise<WebhookSubscriptionObject[]> {
    return (await this.webhooks.subscriptions(actor)).map(subscriptionObject);
  }

  @Policy(Permission.SYNC_WRITE)
  @Query(() => [WebhookDeliveryObject], { description: 'Журнал доставок моих подписок, новые сначала' })
  async webhookDeliveries(
    @CurrentActor() actor: Actor,
    @Args('subscriptionId', { type: () => ID, nullable: true }) subscriptionId: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<WebhookDeliveryObject[]> {
    const rows = await this.webhooks.deliveries(actor, subscriptionId, first);
    return rows.map((d) => ({
      id: d.id,
      subscriptionId: d.subscriptionId,
      event: d.event,
      state: d.state,
      attempts: d.attempts,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
      lastAttemptAt: d.lastAttemptAt,
      deliveredAt: d.deliveredAt,
      createdAt: d.createdAt,
      body: deliveryBody(d),
    }));
  }
}
