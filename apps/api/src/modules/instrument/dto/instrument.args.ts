import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { VersionStatus } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum InstrumentOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  FRAMEWORK = 'FRAMEWORK',
  STATUS = 'STATUS',
  ITEM_COUNT = 'ITEM_COUNT',
}
registerEnumType(InstrumentOrderField, { name: 'InstrumentOrderField' });
export const InstrumentOrder = OrderInput('Instrument', InstrumentOrderField);
export type InstrumentOrder = ListOrder<InstrumentOrderField>;

@InputType()
export class InstrumentFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or the code' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор рамки' }) frameworkId?: string | null;
  @Field(() => VersionStatus, { nullable: true }) @IsOptional() @IsEnum(VersionStatus, { message: 'Неизвестное состояние версии' }) status?: VersionStatus | null;
  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE }) @IsEnum(ArchiveFilter) archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class InstrumentsArgs extends ListArgs {
  @Field(() => InstrumentFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => InstrumentFilter) filter?: InstrumentFilter;
  @Field(() => InstrumentOrder, { nullable: true, description: 'By code (newest version first) when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstrumentOrder)
  orderBy?: InstrumentOrder;
}
