import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { VersionStatus } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum FrameworkOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  STATUS = 'STATUS',
  COMPETENCE_COUNT = 'COMPETENCE_COUNT',
}
registerEnumType(FrameworkOrderField, { name: 'FrameworkOrderField' });
export const FrameworkOrder = OrderInput('Framework', FrameworkOrderField);
export type FrameworkOrder = ListOrder<FrameworkOrderField>;

@InputType()
export class FrameworkFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or the code' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string | null;
  @Field(() => VersionStatus, { nullable: true }) @IsOptional() @IsEnum(VersionStatus, { message: 'Неизвестное состояние версии' }) status?: VersionStatus | null;
  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE }) @IsEnum(ArchiveFilter) archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class FrameworksArgs extends ListArgs {
  @Field(() => FrameworkFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FrameworkFilter) filter?: FrameworkFilter;
  @Field(() => FrameworkOrder, { nullable: true, description: 'By code (newest version first) when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FrameworkOrder)
  orderBy?: FrameworkOrder;
}
