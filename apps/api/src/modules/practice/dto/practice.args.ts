import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PracticeState, ProductKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum PracticeOrderField {
  RELEVANCE = 'RELEVANCE',
  TITLE = 'TITLE',
  ORGANIZATION = 'ORGANIZATION',
  STATE = 'STATE',
  UPDATED_AT = 'UPDATED_AT',
  PUBLISHED_AT = 'PUBLISHED_AT',
}
registerEnumType(PracticeOrderField, { name: 'PracticeOrderField', description: 'RELEVANCE: the full-text rank of `filter.search` (0 without a search)' });
export const PracticeOrder = OrderInput('Practice', PracticeOrderField);
export type PracticeOrder = ListOrder<PracticeOrderField>;

const ID_OF = (what: string) => IsUUID('all', { message: `Неверный идентификатор ${what}` });

@InputType()
export class PracticeFilter {
  @Field(() => String, { nullable: true, description: 'Russian full text over title, problem, solutions, mechanisms, products, result and tags' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('компетенции')
  competenceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('организации')
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Cards of the municipality’s organisations' })
  @IsOptional()
  @ID_OF('муниципалитета')
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('сети')
  networkId?: string;

  @Field(() => PracticeState, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeState, { message: 'Неизвестное состояние карточки' })
  state?: PracticeState;

  @Field(() => String, { nullable: true, description: 'Exactly this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'Метка — не длиннее 60 символов' })
  tag?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only cards on review that the caller may publish or return (review queue)' })
  @IsOptional()
  @IsBoolean()
  reviewable?: boolean;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class PracticesArgs extends ListArgs {
  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeFilter)
  filter?: PracticeFilter;

  @Field(() => PracticeOrder, { nullable: true, description: 'By relevance with a search, else the latest changed first' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeOrder)
  orderBy?: PracticeOrder;
}

export enum ProductOrderField {
  TITLE = 'TITLE',
  KIND = 'KIND',
  YEAR = 'YEAR',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(ProductOrderField, { name: 'ProductOrderField' });
export const ProductOrder = OrderInput('Product', ProductOrderField);
export type ProductOrder = ListOrder<ProductOrderField>;

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Part of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ProductKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProductKind, { message: 'Неизвестный вид продукта' })
  kind?: ProductKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('организации')
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('муниципалитета')
  municipalityId?: string;

  @Field(() => ID, { nullable: true, description: 'Products of the network’s accepted members' })
  @IsOptional()
  @ID_OF('сети')
  networkId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('карточки практики')
  practiceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ID_OF('маршрута')
  routeId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Год — целое число' })
  @Min(1950, { message: 'Год — не раньше 1950' })
  @Max(2100, { message: 'Год — не позже 2100' })
  year?: number;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class ProductsArgs extends ListArgs {
  @Field(() => ProductFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductFilter)
  filter?: ProductFilter;

  @Field(() => ProductOrder, { nullable: true, description: 'Newest year first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductOrder)
  orderBy?: ProductOrder;
}
