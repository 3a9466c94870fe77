import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DeliveryState, WebhookEvent } from '@metodset/shared';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, MaxLength } from 'class-validator';
import { WebhookSubscriptionObject } from '../../sync/dto/sync.object';

@InputType()
export class ApiClientWebhookInput {
  @Field({ description: 'Адрес приёма у системы клиента (https://…)' })
  @IsString()
  @MaxLength(2000, { message: 'Адрес — не длиннее 2000 символов' })
  url!: string;

  @Field({ description: 'От 16 символов: им подписываются доставки; передайте его системе клиента, больше он не показывается' })
  @IsString()
  @MaxLength(200, { message: 'Секрет — от 16 до 200 символов' })
  secret!: string;

  @Field(() => [WebhookEvent])
  @IsEnum(WebhookEvent, { each: true, message: 'Неизвестное событие' })
  @ArrayMinSize(1, { message: 'Выберите хотя бы одно событие' })
  @ArrayMaxSize(20, { message: 'Слишком много событий' })
  events!: WebhookEvent[];
}

@ObjectType({ description: 'Одна доставка события подписке клиента (без тела: его читает сам клиент)' })
export class ApiClientWebhookDeliveryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) subscriptionId!: string;
  @Field(() => WebhookEvent) event!: WebhookEvent;
  @Field(() => DeliveryState) state!: DeliveryState;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP-код последней попытки' }) lastStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Следующая попытка — не раньше (для доставок, которые ещё повторяются)' }) nextAttemptAfter!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'Подписки клиента на события и журнал их доставок' })
export class ApiClientWebhooksObject {
  @Field(() => ID) clientId!: string;
  @Field({ description: 'Есть ли у клиента право на синхронизацию (без него подписки не создать)' }) canSubscribe!: boolean;
  @Field(() => [WebhookSubscriptionObject], { description: 'Подписки, и отключённые (active = false)' }) subscriptions!: WebhookSubscriptionObject[];
  @Field(() => [ApiClientWebhookDeliveryObject], { description: 'Последние доставки, новые сначала' }) deliveries!: ApiClientWebhookDeliveryObject[];
}
