import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { OrganizationKind, OrganizationStatusKind, WEBSITE_MESSAGE } from '@metodset/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInn } from '../../../common/validation/is-inn';
import { InnToNull, Trim, TrimToNull, WebsiteToNull } from '../../../common/validation/trim';

const THIS_YEAR = new Date().getFullYear();

@InputType()
export class OrganizationStatusInput {
  @Field(() => OrganizationStatusKind)
  @IsEnum(OrganizationStatusKind, { message: 'Выберите статус' })
  kind!: OrganizationStatusKind;

  @Field(() => Int)
  @IsInt({ message: 'Год — целое число' })
  @Min(2000, { message: 'Год — не раньше 2000' })
  @Max(THIS_YEAR + 5, { message: `Год — не позже ${THIS_YEAR + 5}` })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Приказ, перечень, проект' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500, { message: 'Источник — не длиннее 500 символов' })
  source?: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите муниципалитет' })
  municipalityId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите полное наименование' })
  @MaxLength(500, { message: 'Наименование — не длиннее 500 символов' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(200, { message: 'Краткое наименование — не длиннее 200 символов' })
  shortName?: string | null;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind, { message: 'Выберите вид организации' })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ИНН: 10 цифр с контрольной' })
  @IsOptional()
  @InnToNull()
  @IsInn()
  inn?: string | null;

  @Field(() => String, { nullable: true, description: 'Код в реестре муниципалитета' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100, { message: 'Код — не длиннее 100 символов' })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500, { message: 'Адрес — не длиннее 500 символов' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsEmail({}, { message: 'Неверный адрес электронной почты' })
  @MaxLength(200, { message: 'Адрес почты — не длиннее 200 символов' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WebsiteToNull()
  @Matches(/^https?:\/\/\S+\.\S+$/, { message: WEBSITE_MESSAGE })
  @MaxLength(200, { message: 'Адрес сайта — не длиннее 200 символов' })
  website?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Год основания — целое число' })
  @Min(1700, { message: 'Год основания — не раньше 1700' })
  @Max(THIS_YEAR, { message: `Год основания — не позже ${THIS_YEAR}` })
  foundedYear?: number | null;

  @Field(() => [OrganizationStatusInput], { nullable: true, description: 'Replaces the statuses when given' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Не больше 100 статусов' })
  @ValidateNested({ each: true })
  @Type(() => OrganizationStatusInput)
  statuses?: OrganizationStatusInput[];
}

@InputType()
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput) {}
