import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { StagingSiteKind, StagingSiteLevel, StagingSiteState } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum StagingSiteOrderField {
  THEME = 'THEME',
  HOST = 'HOST',
  MUNICIPALITY = 'MUNICIPALITY',
  KIND = 'KIND',
  LEVEL = 'LEVEL',
  STARTS_ON = 'STARTS_ON',
  ENDS_ON = 'ENDS_ON',
}
registerEnumType(StagingSiteOrderField, { name: 'StagingSiteOrderField' });
export const StagingSiteOrder = OrderInput('StagingSite', StagingSiteOrderField);
export type StagingSiteOrder = ListOrder<StagingSiteOrderField>;

@InputType()
export class StagingSiteFilter {
  @Field(() => String, { nullable: true, description: 'Тема, описание, организация, программы' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Sites that develop this competence (the site or one of its modules); matched by code across framework versions' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор компетенции' })
  competenceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => StagingSiteKind, { nullable: true })
  @IsOptional()
  @IsEnum(StagingSiteKind, { message: 'Неизвестный вид площадки' })
  kind?: StagingSiteKind;

  @Field(() => StagingSiteLevel, { nullable: true })
  @IsOptional()
  @IsEnum(StagingSiteLevel, { message: 'Неизвестный уровень площадки' })
  level?: StagingSiteLevel;

  @Field(() => StagingSiteState, { nullable: true })
  @IsOptional()
  @IsEnum(StagingSiteState, { message: 'Неизвестное состояние площадки' })
  state?: StagingSiteState;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class StagingSitesArgs extends ListArgs {
  @Field(() => StagingSiteFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StagingSiteFilter)
  filter?: StagingSiteFilter;

  @Field(() => StagingSiteOrder, { nullable: true, description: 'By theme A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StagingSiteOrder)
  orderBy?: StagingSiteOrder;
}
