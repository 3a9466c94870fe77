import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IMPORT_MAX_BYTES, IndicatorDirection, IndicatorKind, IndicatorOwnerKind, IndicatorUnit, IndicatorValueSource } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

const DATE = (what: string) => IsDateString({ strict: true }, { message: `${what} — в виде ГГГГ-ММ-ДД` });
const YEAR = [IsInt({ message: 'Год — целое число' }), Min(2000, { message: 'Год — не раньше 2000' }), Max(2100, { message: 'Год — не позже 2100' })];
const NUMBER = [IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Введите число' }), Min(-1e9, { message: 'Слишком маленькое число' }), Max(1e9, { message: 'Слишком большое число' })];
const apply = (ds: PropertyDecorator[]): PropertyDecorator => (target, key) => ds.forEach((d) => d(target, key));

@InputType()
export class IndicatorTargetInput {
  @Field(() => Int)
  @apply(YEAR)
  year!: number;

  @Field(() => Float)
  @apply(NUMBER)
  value!: number;

  @Field({ defaultValue: '', description: 'As written («10 (с учётом перспективы)»)' })
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Не длиннее 300 символов' })
  text: string = '';
}

/** Everything of an indicator but its owner (the form sends it whole; targets replace the old ones). */
@InputType()
export class UpdateIndicatorInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название показателя' })
  @MaxLength(1000, { message: 'Название — не длиннее 1000 символов' })
  name!: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Раздел — не длиннее 300 символов' })
  section: string = '';

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ message: 'Порядок — целое число' })
  @Min(0, { message: 'Порядок — не меньше 0' })
  @Max(10000, { message: 'Порядок — не больше 10000' })
  position: number = 0;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' })
  description: string = '';

  @Field(() => IndicatorUnit)
  @IsEnum(IndicatorUnit, { message: 'Выберите единицу измерения' })
  unit!: IndicatorUnit;

  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection, { message: 'Выберите, что лучше: больше или меньше' })
  direction!: IndicatorDirection;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind, { message: 'Выберите, как получаются значения' })
  kind!: IndicatorKind;

  @Field(() => String, { nullable: true, description: 'COMPUTED: the key of the computed-indicator registry' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,99}$/, { message: 'Ключ — латинские заглавные буквы, цифры и «_»' })
  computedKey?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  measuresChange: boolean = false;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @apply(YEAR)
  baselineYear?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @apply(NUMBER)
  baselineValue?: number | null;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Не длиннее 300 символов' })
  baselineText: string = '';

  @Field(() => [IndicatorTargetInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50, { message: 'Не больше 50 целей' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorTargetInput)
  targets: IndicatorTargetInput[] = [];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Источник — не длиннее 5000 символов' })
  sourceNote: string = '';
}

@InputType()
export class CreateIndicatorInput extends UpdateIndicatorInput {
  @Field(() => IndicatorOwnerKind)
  @IsEnum(IndicatorOwnerKind, { message: 'Выберите, чей это показатель' })
  ownerKind!: IndicatorOwnerKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите владельца показателя' })
  ownerId!: string;
}

@InputType()
export class IndicatorValueInput {
  @Field({ description: 'YYYY-MM-DD' })
  @DATE('Начало периода')
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @DATE('Конец периода')
  periodEnd!: string;

  @Field(() => ID, { nullable: true, description: 'A school’s value; null: the whole owner' })
  @IsOptional()
  @IsUUID('all', { message: 'Выберите школу' })
  organizationId?: string | null;

  @Field(() => Float)
  @apply(NUMBER)
  value!: number;

  @Field(() => IndicatorValueSource)
  @IsEnum(IndicatorValueSource, { message: 'Выберите источник' })
  source!: IndicatorValueSource;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'Источник — не длиннее 1000 символов' })
  sourceText: string = '';
}

const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 1024;
const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

@InputType()
export class ImportIndicatorValuesInput {
  @Field({ description: 'Имя файла: .xlsx' })
  @IsString()
  @IsNotEmpty({ message: 'Выберите файл' })
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  fileName!: string;

  @Field({ description: `Содержимое файла в base64, не больше ${MB} МБ` })
  @IsString()
  @IsNotEmpty({ message: 'Файл пустой' })
  @MaxLength(MAX_BASE64, { message: `Файл больше ${MB} МБ: разделите его на части` })
  contentBase64!: string;

  @Field({ description: 'true — только проверить и показать строки, ничего не записывая' })
  @IsBoolean({ message: 'Укажите, проверить файл или загрузить' })
  dryRun!: boolean;
}
