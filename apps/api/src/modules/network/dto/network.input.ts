import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { NETWORK_MAX_LEVEL, NetworkEdgeKind, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { IsDateString, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim, TrimToNull } from '../../../common/validation/trim';

@InputType()
export class CreateNetworkInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название сети' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  name!: string;

  @Field(() => NetworkModel)
  @IsEnum(NetworkModel, { message: 'Выберите модель сети' })
  model!: NetworkModel;

  @Field(() => ID, { description: 'Организация-координатор (становится участником сети)' })
  @IsUUID('all', { message: 'Выберите организацию-координатора' })
  coordinatorOrganizationId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' })
  startsOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' })
  endsOn?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Цели — не длиннее 5000 символов' })
  goals: string = '';
}

@InputType()
export class UpdateNetworkInput extends PartialType(OmitType(CreateNetworkInput, ['goals'] as const)) {
  /** No default here: an update that leaves the goals out keeps them. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Цели — не длиннее 5000 символов' })
  goals?: string;
}

@InputType()
export class NetworkMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите организацию' })
  organizationId!: string;

  @Field(() => NetworkMemberRole)
  @IsEnum(NetworkMemberRole, { message: 'Выберите роль' })
  role!: NetworkMemberRole;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Уровень — целое число' })
  @Min(1, { message: 'Уровень — от 1 до 5' })
  @Max(NETWORK_MAX_LEVEL, { message: 'Уровень — от 1 до 5' })
  level?: number | null;
}

@InputType()
export class UpdateNetworkMemberInput {
  @Field(() => NetworkMemberRole, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkMemberRole, { message: 'Выберите роль' })
  role?: NetworkMemberRole;

  @Field(() => Int, { nullable: true, description: 'null clears the level' })
  @IsOptional()
  @IsInt({ message: 'Уровень — целое число' })
  @Min(1, { message: 'Уровень — от 1 до 5' })
  @Max(NETWORK_MAX_LEVEL, { message: 'Уровень — от 1 до 5' })
  level?: number | null;
}

@InputType()
export class NetworkEdgeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите, кто поддерживает (или консультируется)' })
  fromMemberId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите, кого поддерживают (или у кого консультируются)' })
  toMemberId!: string;

  @Field(() => NetworkEdgeKind)
  @IsEnum(NetworkEdgeKind, { message: 'Выберите вид связи' })
  kind!: NetworkEdgeKind;
}
