import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

/** Codes: letters, digits, dots, dashes and underscores (they end up in XLSX files and in comparisons). */
export const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
/** The same, letting an empty code through to @IsNotEmpty (one message per field). */
export const CODE_OR_EMPTY = /^$|^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const CODE_MESSAGE = 'Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов';

@InputType()
export class CreateFrameworkInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите код рамки' }) @MaxLength(50, { message: 'Код — не длиннее 50 символов' }) @Matches(CODE_OR_EMPTY, { message: CODE_MESSAGE }) code!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название рамки' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) name!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description: string = '';
}

@InputType()
export class UpdateFrameworkInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название рамки' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description?: string;
}

/** Order within the parent; new entries go last. */
export const PositionField = () =>
  applyDecorators(
    Field(() => Int, { nullable: true, description: 'Order within the parent; new entries go last' }),
    IsOptional(),
    IsInt({ message: 'Порядок — целое число' }),
    Min(0, { message: 'Порядок — не меньше 0' }),
    Max(10000, { message: 'Порядок — не больше 10000' }),
  );

@InputType()
export class AreaInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите код области' }) @MaxLength(50, { message: 'Код — не длиннее 50 символов' }) @Matches(CODE_OR_EMPTY, { message: CODE_MESSAGE }) code!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название области' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) name!: string;
  @PositionField() position?: number | null;
}

@InputType()
export class CompetenceInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите код компетенции' }) @MaxLength(50, { message: 'Код — не длиннее 50 символов' }) @Matches(CODE_OR_EMPTY, { message: CODE_MESSAGE }) code!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название компетенции' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) name!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description: string = '';
  @Field(() => ID, { nullable: true, description: 'Move to another area of the same framework (update only)' }) @IsOptional() @IsUUID('all', { message: 'Неверная область' }) areaId?: string | null;
  @PositionField() position?: number | null;
}

@InputType()
export class IndicatorInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите код индикатора' }) @MaxLength(50, { message: 'Код — не длиннее 50 символов' }) @Matches(CODE_OR_EMPTY, { message: CODE_MESSAGE }) code!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите формулировку индикатора' }) @MaxLength(1000, { message: 'Формулировка — не длиннее 1000 символов' }) name!: string;
  @PositionField() position?: number | null;
}
