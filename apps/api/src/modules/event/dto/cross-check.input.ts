import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

@InputType()
export class CrossCheckSchoolPairInput {
  @Field(() => ID, { description: 'The school whose papers are checked' })
  @IsUUID('all', { message: 'Выберите школу' })
  fromOrganizationId!: string;

  @Field(() => ID, { description: 'The school that checks them' })
  @IsUUID('all', { message: 'Выберите школу' })
  checkerOrganizationId!: string;
}

@InputType()
export class CrossCheckExpertPairInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите эксперта' })
  firstPersonId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите эксперта' })
  secondPersonId!: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'Предмет — не длиннее 200 символов' })
  subject: string = '';
}

@InputType()
export class CrossCheckProtocolRowInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Укажите предмет' })
  @MaxLength(200, { message: 'Предмет — не длиннее 200 символов' })
  subject!: string;

  @Field(() => Int)
  @IsInt({ message: 'Класс — целое число' })
  @Min(1, { message: 'Класс — от 1 до 11' })
  @Max(11, { message: 'Класс — от 1 до 11' })
  grade!: number;

  @Field(() => Int)
  @IsInt({ message: 'Число работ — целое число' })
  @Min(0, { message: 'Число работ не может быть отрицательным' })
  @Max(100000, { message: 'Слишком большое число работ' })
  paperCount!: number;

  @Field(() => Int)
  @IsInt({ message: 'Число расхождений — целое число' })
  @Min(0, { message: 'Число расхождений не может быть отрицательным' })
  @Max(100000, { message: 'Слишком большое число расхождений' })
  discrepancyCount!: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Комментарий — не длиннее 2000 символов' })
  comment: string = '';
}

/** The whole record of a cross-check, saved at once (lists are short: a few schools, pairs and lines). */
@InputType()
export class CrossCheckInput {
  @Field(() => [CrossCheckSchoolPairInput])
  @ArrayMaxSize(50, { message: 'Не больше 50 пар школ' })
  @ValidateNested({ each: true })
  @Type(() => CrossCheckSchoolPairInput)
  schoolPairs!: CrossCheckSchoolPairInput[];

  @Field(() => [CrossCheckExpertPairInput])
  @ArrayMaxSize(100, { message: 'Не больше 100 пар экспертов' })
  @ValidateNested({ each: true })
  @Type(() => CrossCheckExpertPairInput)
  expertPairs!: CrossCheckExpertPairInput[];

  @Field(() => [CrossCheckProtocolRowInput])
  @ArrayMaxSize(200, { message: 'Не больше 200 строк протокола' })
  @ValidateNested({ each: true })
  @Type(() => CrossCheckProtocolRowInput)
  protocol!: CrossCheckProtocolRowInput[];
}
