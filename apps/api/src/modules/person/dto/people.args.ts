import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { QualificationCategory } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum PersonOrderField {
  NAME = 'NAME',
  SUBJECTS = 'SUBJECTS',
  EXPERIENCE = 'EXPERIENCE',
  QUALIFICATION = 'QUALIFICATION',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PersonOrderField, { name: 'PersonOrderField' });
export const PersonOrder = OrderInput('Person', PersonOrderField);
export type PersonOrder = ListOrder<PersonOrderField>;

@InputType()
export class PersonFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the full name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subject?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only young teachers (≤ 3 years)' })
  @IsOptional()
  @IsBoolean()
  youngOnly?: boolean;

  @Field(() => QualificationCategory, { nullable: true })
  @IsOptional()
  @IsEnum(QualificationCategory)
  qualificationCategory?: QualificationCategory;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class PeopleArgs extends ListArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter;

  @Field(() => PersonOrder, { nullable: true, description: 'By full name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonOrder)
  orderBy?: PersonOrder;
}
