import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { AssociationKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum AssociationOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  HOST = 'HOST',
  MEMBER_COUNT = 'MEMBER_COUNT',
}
registerEnumType(AssociationOrderField, { name: 'AssociationOrderField' });
export const AssociationOrder = OrderInput('Association', AssociationOrderField);
export type AssociationOrder = ListOrder<AssociationOrderField>;

@InputType()
export class AssociationFilter {
  @Field(() => AssociationKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssociationKind, { message: 'Неизвестный вид объединения' })
  kind?: AssociationKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string;

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
export class AssociationsArgs extends ListArgs {
  @Field(() => AssociationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssociationFilter)
  filter?: AssociationFilter;

  @Field(() => AssociationOrder, { nullable: true, description: 'By name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssociationOrder)
  orderBy?: AssociationOrder;
}
