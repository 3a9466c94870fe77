import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { MunicipalityKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export const OKTMO_PATTERN = /^(\d{8}|\d{11})$/;
export const OKTMO_MESSAGE = 'Код ОКТМО — 8 или 11 цифр';

@InputType()
export class CreateMunicipalityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Неверный идентификатор региона' })
  regionId!: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Название — не короче 2 символов' })
  @MaxLength(200, { message: 'Название — не длиннее 200 символов' })
  @Matches(/\S/, { message: 'Введите название' })
  name!: string;

  @Field(() => MunicipalityKind)
  @IsEnum(MunicipalityKind, { message: 'Неизвестный вид муниципалитета' })
  kind!: MunicipalityKind;

  @Field(() => String, { nullable: true, description: 'ОКТМО: 8 or 11 digits' })
  @IsOptional()
  @Matches(OKTMO_PATTERN, { message: OKTMO_MESSAGE })
  oktmo?: string | null;
}

@InputType({ description: 'Rename a municipality, change its kind or OKTMO code' })
export class UpdateMunicipalityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'Название — не короче 2 символов' })
  @MaxLength(200, { message: 'Название — не длиннее 200 символов' })
  @Matches(/\S/, { message: 'Введите название' })
  name?: string;

  @Field(() => MunicipalityKind, { nullable: true })
  @IsOptional()
  @IsEnum(MunicipalityKind, { message: 'Неизвестный вид муниципалитета' })
  kind?: MunicipalityKind;

  @Field(() => String, { nullable: true, description: 'ОКТМО: 8 or 11 digits; null clears it' })
  @IsOptional()
  @Matches(OKTMO_PATTERN, { message: OKTMO_MESSAGE })
  oktmo?: string | null;
}

export enum MunicipalityOrderField {
  NAME = 'NAME',
  OKTMO = 'OKTMO',
  KIND = 'KIND',
  ORGANIZATION_COUNT = 'ORGANIZATION_COUNT',
}
registerEnumType(MunicipalityOrderField, { name: 'MunicipalityOrderField' });
export const MunicipalityOrder = OrderInput('Municipality', MunicipalityOrderField);
export type MunicipalityOrder = ListOrder<MunicipalityOrderField>;

@InputType()
export class MunicipalityFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор региона' })
  regionId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name or of the OKTMO code' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Не длиннее 200 символов' })
  search?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsOptional()
  @IsEnum(ArchiveFilter, { message: 'Неизвестный фильтр архива' })
  archived?: ArchiveFilter;
}

@ArgsType()
export class MunicipalityListArgs extends ListArgs {
  @Field(() => MunicipalityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityFilter)
  filter?: MunicipalityFilter;

  @Field(() => MunicipalityOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityOrder)
  orderBy?: MunicipalityOrder;
}
