import { Field, InputType, PickType } from '@nestjs/graphql';
import { PlanItemInput } from './plan.input';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDateString, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

/** Trims every string of a list (an agenda, decisions), keeping empty ones empty so the check reports them. */
const TrimEach = () => Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : v)) : value));

const DATE = (what: string) => IsDateString({ strict: true }, { message: `${what} — в виде ГГГГ-ММ-ДД` });

/**
 * A correction of an item: the new dates and/or content, and why (required). Fields left out stay as they are.
 * The item's fields and their checks are those of `PlanItemInput` (one definition), picked here.
 */
@InputType()
export class PlanItemCorrectionInput extends PickType(PlanItemInput, ['title', 'startsOn', 'endsOn', 'periodText', 'responsibleText', 'participantsText', 'expectedResult'] as const) {
  @Field({ description: 'Why the item changes' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Укажите причину корректировки' })
  @MaxLength(2000, { message: 'Причина — не длиннее 2000 символов' })
  reason!: string;
}

@InputType()
export class FixPlanVersionInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'Комментарий — не длиннее 1000 символов' })
  note?: string;
}

@InputType()
export class PlanRiskInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Опишите риск' })
  @MaxLength(2000, { message: 'Риск — не длиннее 2000 символов' })
  title!: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(4000, { message: 'Меры — не длиннее 4000 символов' })
  mitigation?: string;
}

@InputType()
export class CouncilMeetingInput {
  @Field({ description: 'YYYY-MM-DD' })
  @DATE('Дата заседания')
  heldOn!: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Добавьте хотя бы один вопрос повестки' })
  @ArrayMaxSize(30, { message: 'Не больше 30 вопросов повестки' })
  @TrimEach()
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'Вопрос повестки не может быть пустым' })
  @MaxLength(2000, { each: true, message: 'Вопрос повестки — не длиннее 2000 символов' })
  agenda!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30, { message: 'Не больше 30 решений' })
  @TrimEach()
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'Решение не может быть пустым' })
  @MaxLength(2000, { each: true, message: 'Решение — не длиннее 2000 символов' })
  decisions!: string[];
}
