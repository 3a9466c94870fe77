import { Field, ID, InputType } from '@nestjs/graphql';
import { DiaryVisibility } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDateString, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { DIARY_PROMPTS } from '@metodset/shared';
import { Trim } from '../../../common/validation/trim';

@InputType()
export class DiaryAnswerInput {
  @Field() @IsIn(DIARY_PROMPTS.map((p) => p.key), { message: 'Неизвестный вопрос рефлексии' }) key!: string;
  @Field() @IsString() @MaxLength(5000, { message: 'Ответ — не длиннее 5000 символов' }) text!: string;
}

@InputType()
export class DiaryOwnerInput {
  @Field(() => ID, { nullable: true, description: 'The diary of a mentorship…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор наставничества' })
  mentorshipId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or of an association (ПОС)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор объединения' })
  associationId?: string | null;
}

@InputType()
export class UpdateDiaryEntryInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Напишите запись' }) @MaxLength(20000, { message: 'Запись — не длиннее 20000 символов' }) text!: string;

  @Field(() => [DiaryAnswerInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DiaryAnswerInput)
  answers: DiaryAnswerInput[] = [];

  @Field(() => DiaryVisibility, { defaultValue: DiaryVisibility.PARTICIPANTS })
  @IsEnum(DiaryVisibility, { message: 'Выберите, кто видит запись' })
  visibility: DiaryVisibility = DiaryVisibility.PARTICIPANTS;
}

@InputType()
export class WriteDiaryEntryInput extends UpdateDiaryEntryInput {
  @Field(() => DiaryOwnerInput) @ValidateNested() @Type(() => DiaryOwnerInput) owner!: DiaryOwnerInput;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) writtenOn!: string;
}
