import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { PositionKind, QualificationCategory } from '@metodset/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
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
import { Trim, TrimToNull } from '../../../common/validation/trim';

@InputType()
export class PositionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите организацию' })
  organizationId!: string;

  @Field(() => PositionKind)
  @IsEnum(PositionKind, { message: 'Выберите должность' })
  kind!: PositionKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(300, { message: 'Должность — не длиннее 300 символов' })
  title?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  isMain: boolean = true;

  @Field(() => String, { nullable: true, description: 'Работает с (YYYY-MM-DD); null — дата не известна' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Дата начала работы — в виде ГГГГ-ММ-ДД' })
  @Matches(/^(19[4-9]\d|20\d\d)-/, { message: 'Дата начала работы — не раньше 1940 года' })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Работал по (YYYY-MM-DD); null — работает сейчас' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Дата окончания работы — в виде ГГГГ-ММ-ДД' })
  @Matches(/^(19[4-9]\d|20\d\d)-/, { message: 'Дата окончания работы — не раньше 1940 года' })
  endedOn?: string | null;
}

@InputType()
export class QualificationRecordInput {
  @Field(() => QualificationCategory)
  @IsEnum(QualificationCategory, { message: 'Выберите категорию' })
  category!: QualificationCategory;

  @Field({ description: 'Дата присвоения (YYYY-MM-DD)' })
  @Trim()
  @IsDateString({ strict: true }, { message: 'Дата присвоения — в виде ГГГГ-ММ-ДД' })
  @Matches(/^(19[6-9]\d|20\d\d)-/, { message: 'Дата присвоения — не раньше 1960 года' })
  assignedOn!: string;

  @Field(() => String, { nullable: true, description: 'Приказ, номер (необязательно)' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(200, { message: 'Приказ — не длиннее 200 символов' })
  orderRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Действует до (YYYY-MM-DD)' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Срок действия — в виде ГГГГ-ММ-ДД' })
  @Matches(/^(19[6-9]\d|20\d\d)-/, { message: 'Срок действия — не раньше 1960 года' })
  validUntil?: string | null;
}

@InputType()
export class CreatePersonInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите фамилию' })
  @MaxLength(100, { message: 'Фамилия — не длиннее 100 символов' })
  lastName!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите имя' })
  @MaxLength(100, { message: 'Имя — не длиннее 100 символов' })
  firstName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100, { message: 'Отчество — не длиннее 100 символов' })
  middleName?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Дата рождения — в виде ГГГГ-ММ-ДД' })
  @Matches(/^(19[2-9]\d|200\d|201[0-4])-/, { message: 'Дата рождения — между 1920 и 2014 годом' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100, { message: 'Код — не длиннее 100 символов' })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsEmail({}, { message: 'Неверный адрес электронной почты' })
  @MaxLength(200, { message: 'Адрес почты — не длиннее 200 символов' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @Matches(/^[+\d][\d\s()-]{5,30}$/, { message: 'Телефон — цифры, пробелы, скобки, «+» и «-»' })
  phone?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'Не больше 30 предметов' })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'Название предмета — не длиннее 100 символов' })
  subjects?: string[];

  @Field(() => Int, { nullable: true, description: 'Педагогический стаж, лет' })
  @IsOptional()
  @IsInt({ message: 'Стаж — целое число лет' })
  @Min(0, { message: 'Стаж не может быть отрицательным' })
  @Max(70, { message: 'Стаж — не больше 70 лет' })
  experienceYears?: number | null;

  @Field(() => QualificationCategory, { nullable: true })
  @IsOptional()
  @IsEnum(QualificationCategory, { message: 'Неизвестная категория' })
  qualificationCategory?: QualificationCategory;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isMasterTeacher?: boolean;

  @Field(() => [PositionInput], { nullable: true, description: 'Replaces the positions when given' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Не больше 20 должностей' })
  @ValidateNested({ each: true })
  @Type(() => PositionInput)
  positions?: PositionInput[];

  @Field(() => [QualificationRecordInput], { nullable: true, description: 'История квалификационных категорий; заменяет её, когда указана' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'Не больше 30 записей о категориях' })
  @ValidateNested({ each: true })
  @Type(() => QualificationRecordInput)
  qualificationHistory?: QualificationRecordInput[];
}

@InputType()
export class UpdatePersonInput extends PartialType(CreatePersonInput) {}
