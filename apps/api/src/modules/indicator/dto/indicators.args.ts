import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IndicatorKind, IndicatorOwnerKind, IndicatorStatus, IndicatorUnit } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum IndicatorOrderField {
  NAME = 'NAME',
  OWNER = 'OWNER',
  UNIT = 'UNIT',
  KIND = 'KIND',
  BASELINE_YEAR = 'BASELINE_YEAR',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(IndicatorOrderField, { name: 'IndicatorOrderField' });
export const IndicatorOrder = OrderInput('Indicator', IndicatorOrderField);
export type IndicatorOrder = ListOrder<IndicatorOrderField>;

@InputType()
export class IndicatorFilter {
  @Field(() => IndicatorOwnerKind, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorOwnerKind, { message: 'Неизвестный вид владельца показателя' })
  ownerKind?: IndicatorOwnerKind;

  @Field(() => ID, { nullable: true, description: 'Indicators of this owner (with ownerKind)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор владельца' })
  ownerId?: string;

  @Field(() => IndicatorUnit, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorUnit, { message: 'Неизвестная единица измерения' })
  unit?: IndicatorUnit;

  @Field(() => IndicatorKind, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorKind, { message: 'Неизвестный вид показателя' })
  kind?: IndicatorKind;

  @Field(() => IndicatorStatus, { nullable: true })
  @IsOptional()
  @IsEnum(IndicatorStatus, { message: 'Неизвестный статус' })
  status?: IndicatorStatus;

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
export class IndicatorsArgs extends ListArgs {
  @Field(() => IndicatorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndicatorFilter)
  filter?: IndicatorFilter;

  @Field(() => IndicatorOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndicatorOrder)
  orderBy?: IndicatorOrder;
}

@ArgsType()
export class IndicatorOwnerArgs {
  @Field(() => IndicatorOwnerKind)
  @IsEnum(IndicatorOwnerKind, { message: 'Неизвестный вид владельца показателя' })
  ownerKind!: IndicatorOwnerKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'Неверный идентификатор владельца' })
  ownerId!: string;
}
