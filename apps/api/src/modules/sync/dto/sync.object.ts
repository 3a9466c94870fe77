import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChangeKind, DeliveryState, SyncEntityType, SyncRefusal, SyncStatus, WebhookEvent } from '@metodset/shared';

registerEnumType(SyncStatus, { name: 'SyncStatus', description: 'Создана / обновлена / без изменений / отклонена' });
registerEnumType(SyncRefusal, { name: 'SyncRefusal', description: 'Почему строка отклонена: ошибка в данных, повтор в запросе, не найдено (или вне зоны), конфликт ключей' });
registerEnumType(SyncEntityType, { name: 'SyncEntityType', description: 'Организация или педагог' });
registerEnumType(ChangeKind, { name: 'ChangeKind', description: 'Создана / изменена / в архиве' });
registerEnumType(WebhookEvent, { name: 'WebhookEvent', description: 'События, о которых сообщают вебхуки' });
registerEnumType(DeliveryState, { name: 'DeliveryState', description: 'Доставляется / доставлено / не доставлено' });

@ObjectType('SyncRowResult', { description: 'Что стало со строкой запроса' })
export class SyncRowResultObject {
  @Field(() => Int, { description: 'Номер строки в запросе, с 0' }) index!: number;
  @Field() externalId!: string;
  @Field(() => SyncStatus) status!: SyncStatus;
  @Field(() => ID, { nullable: true, description: 'Идентификатор записи в Методсети' }) id!: string | null;
  @Field(() => SyncRefusal, { nullable: true }) code!: SyncRefusal | null;
  @Field(() => String, { nullable: true, description: 'Причина отказа по-русски' }) reason!: string | null;
  @Field(() => [String], { description: 'UPDATED: какие поля отличались' }) changedFields!: string[];
}

@ObjectType('SyncResult', { description: 'Итог пакета синхронизации' })
export class SyncResultObject {
  @Field() dryRun!: boolean;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) refused!: number;
  @Field(() => [SyncRowResultObject]) rows!: SyncRowResultObject[];
}

@ObjectType('SyncParityRow')
export class SyncParityRowObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Ваш код, если запись связана с ним' }) externalId!: string | null;
  @Field() name!: string;
}

@ObjectType('SyncParity', { description: 'Сверка списка внешней системы с Методсетью' })
export class SyncParityObject {
  @Field(() => SyncEntityType) type!: SyncEntityType;
  @Field(() => [String], { description: 'Ваши коды, которых в Методсети нет (или запись в архиве, или вне вашей зоны)' }) onlyInClient!: string[];
  @Field(() => Int, { description: 'Сколько записей вашей зоны нет в вашем списке' }) onlyInMetodsetTotal!: number;
  @Field(() => [SyncParityRowObject], { description: 'Первые 1000 из них' }) onlyInMetodset!: SyncParityRowObject[];
  @Field(() => Int, { description: 'Сколько кодов есть и там, и там' }) matched!: number;
}

@ObjectType('Change', { description: 'Изменение записи в ленте изменений' })
export class ChangeObject {
  @Field({ description: 'Курсор сразу после этого изменения' }) cursor!: string;
  @Field(() => SyncEntityType) type!: SyncEntityType;
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Ваш код этой записи, если вы её синхронизировали' }) externalId!: string | null;
  @Field(() => ChangeKind) kind!: ChangeKind;
  @Field() changedAt!: Date;
}

@ObjectType('ChangePage', { description: 'Страница ленты изменений' })
export class ChangePageObject {
  @Field(() => [ChangeObject]) changes!: ChangeObject[];
  @Field({ description: 'С него — следующая страница (даже когда эта пустая: изменения, которые ещё не видны, придут позже)' }) cursor!: string;
  @Field({ description: 'Есть ли уже видимые изменения после этой страницы' }) hasMore!: boolean;
}

@ObjectType('WebhookSubscription')
export class WebhookSubscriptionObject {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [WebhookEvent]) events!: WebhookEvent[];
  @Field() active!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('WebhookDelivery', { description: 'Доставка события: попытки и их итог' })
export class WebhookDeliveryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) subscriptionId!: string;
  @Field(() => WebhookEvent) event!: WebhookEvent;
  @Field(() => DeliveryState) state!: DeliveryState;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP-код последней попытки' }) lastStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field() createdAt!: Date;
  @Field({ description: 'Тело запроса (JSON), как оно было подписано' }) body!: string;
}
