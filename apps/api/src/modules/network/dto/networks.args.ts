import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { NetworkModel } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum NetworkOrderField {
  NAME = 'NAME',
  MODEL = 'MODEL',
  COORDINATOR = 'COORDINATOR',
  MEMBER_COUNT = 'MEMBER_COUNT',
  STARTS_ON = 'STARTS_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(NetworkOrderField, { name: 'NetworkOrderField' });
export const NetworkOrder = OrderInput('Network', NetworkOrderField);
export type NetworkOrder = ListOrder<NetworkOrderField>;

@InputType()
export class NetworkFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => NetworkModel, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkModel, { message: 'Неизвестная модель сети' })
  model?: NetworkModel;

  @Field(() => ID, { nullable: true, description: 'Networks this organisation belongs to' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class NetworksArgs extends ListArgs {
  @Field(() => NetworkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkFilter)
  filter?: NetworkFilter;

  @Field(() => NetworkOrder, { nullable: true, description: 'By name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkOrder)
  orderBy?: NetworkOrder;
}

@ArgsType()
export class OrganizationDirectoryArgs {
  @Field({ description: 'Part of the name, short name or ИНН (at least 2 characters)' })
  @IsString()
  @MinLength(2, { message: 'Введите хотя бы 2 символа' })
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search!: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50, { message: 'Не больше 50 организаций за раз' })
  first: number = 20;
}
