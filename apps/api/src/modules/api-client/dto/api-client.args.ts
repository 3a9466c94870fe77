import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum ApiClientOrderField {
  NAME = 'NAME',
  SCOPE = 'SCOPE',
  CREATED_AT = 'CREATED_AT',
  EXPIRES_AT = 'EXPIRES_AT',
  LAST_USED_AT = 'LAST_USED_AT',
}
registerEnumType(ApiClientOrderField, { name: 'ApiClientOrderField' });
export const ApiClientOrder = OrderInput('ApiClient', ApiClientOrderField);
export type ApiClientOrder = ListOrder<ApiClientOrderField>;

@InputType()
export class ApiClientFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of a secret prefix' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class ApiClientsArgs extends ListArgs {
  @Field(() => ApiClientFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApiClientFilter)
  filter?: ApiClientFilter;

  @Field(() => ApiClientOrder, { nullable: true, description: 'By name when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApiClientOrder)
  orderBy?: ApiClientOrder;
}
