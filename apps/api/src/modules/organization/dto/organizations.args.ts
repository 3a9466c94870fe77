import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind, OrganizationStatusKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';

export enum ArchiveFilter {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
  ALL = 'ALL',
}
registerEnumType(ArchiveFilter, { name: 'ArchiveFilter' });

export enum OrganizationOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  MUNICIPALITY = 'MUNICIPALITY',
  STAFF_COUNT = 'STAFF_COUNT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationOrderField, { name: 'OrganizationOrderField' });
export const OrganizationOrder = OrderInput('Organization', OrganizationOrderField);
export type OrganizationOrder = ListOrder<OrganizationOrderField>;

@InputType()
export class OrganizationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор региона' })
  regionId?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind, { each: true, message: 'Неизвестный вид организации' })
  kinds?: OrganizationKind[];

  @Field(() => OrganizationStatusKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationStatusKind, { message: 'Неизвестный статус' })
  statusKind?: OrganizationStatusKind;

  @Field(() => Int, { nullable: true, description: 'With statusKind: the status held in this year' })
  @IsOptional()
  @IsInt({ message: 'Год — целое число' })
  @Min(2000, { message: 'Год — не раньше 2000' })
  @Max(2100, { message: 'Год — не позже 2100' })
  statusYear?: number;

  @Field(() => String, { nullable: true, description: 'Part of the name, short name or ИНН' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class OrganizationsArgs extends ListArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;

  @Field(() => OrganizationOrder, { nullable: true, description: 'By name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationOrder)
  orderBy?: OrganizationOrder;
}
