import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PlanKind, PlanLinkKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum PlanOrderField {
  TITLE = 'TITLE',
  KIND = 'KIND',
  OWNER = 'OWNER',
  STARTS_ON = 'STARTS_ON',
  ITEM_COUNT = 'ITEM_COUNT',
}
registerEnumType(PlanOrderField, { name: 'PlanOrderField' });
export const PlanOrder = OrderInput('Plan', PlanOrderField);
export type PlanOrder = ListOrder<PlanOrderField>;

export enum PlanOwnerKind {
  ORGANIZATION = 'ORGANIZATION',
  MUNICIPALITY = 'MUNICIPALITY',
  NETWORK = 'NETWORK',
}
registerEnumType(PlanOwnerKind, { name: 'PlanOwnerKind' });

@InputType()
export class PlanFilter {
  @Field(() => PlanKind, { nullable: true })
  @IsOptional()
  @IsEnum(PlanKind, { message: 'Неизвестный вид плана' })
  kind?: PlanKind;

  @Field(() => PlanOwnerKind, { nullable: true, description: 'Plans of organisations, of municipalities or of networks' })
  @IsOptional()
  @IsIn(Object.values(PlanOwnerKind), { message: 'Неизвестный владелец плана' })
  ownerKind?: PlanOwnerKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Plans of the municipality and of its organisations' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string;

  @Field(() => Int, { nullable: true, description: 'Plans whose period touches this calendar year' })
  @IsOptional()
  @IsInt({ message: 'Год — целое число' })
  @Min(2000, { message: 'Год — не раньше 2000' })
  @Max(2100, { message: 'Год — не позже 2100' })
  year?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class PlansArgs extends ListArgs {
  @Field(() => PlanFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanFilter)
  filter?: PlanFilter;

  @Field(() => PlanOrder, { nullable: true, description: 'Newest period first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanOrder)
  orderBy?: PlanOrder;
}

@ArgsType()
export class PlanLinkTargetsArgs {
  @Field(() => PlanLinkKind)
  @IsEnum(PlanLinkKind, { message: 'Выберите, что выполняет пункт' })
  kind!: PlanLinkKind;

  @Field({ nullable: true, description: 'Part of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Не длиннее 200 символов' })
  search?: string;
}
