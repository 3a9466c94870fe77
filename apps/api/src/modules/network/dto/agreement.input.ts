import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { AgreementKind } from '@metodset/shared';
import { ArrayMaxSize, ArrayMinSize, IsDateString, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '../../../common/validation/trim';

@InputType()
export class CreateAgreementInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите номер соглашения' })
  @MaxLength(100, { message: 'Номер — не длиннее 100 символов' })
  number!: string;

  @Field(() => AgreementKind)
  @IsEnum(AgreementKind, { message: 'Выберите вид соглашения' })
  kind!: AgreementKind;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Дата подписания — в виде ГГГГ-ММ-ДД' })
  signedOn!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Опишите предмет соглашения' })
  @MaxLength(5000, { message: 'Предмет — не длиннее 5000 символов' })
  subject!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Начало срока — в виде ГГГГ-ММ-ДД' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty for an open-ended term' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Окончание срока — в виде ГГГГ-ММ-ДД' })
  endsOn?: string | null;

  @Field(() => [ID], { description: 'Parties: member organisations of the network, at least two' })
  @ArrayMinSize(2, { message: 'Сторон соглашения — не меньше двух' })
  @ArrayMaxSize(100, { message: 'Не больше 100 сторон' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор стороны' })
  partyOrganizationIds!: string[];
}

@InputType()
export class UpdateAgreementInput extends PartialType(CreateAgreementInput) {}

@InputType()
export class AgreementFileInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Укажите имя файла' })
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  fileName!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Файл пуст' })
  // base64 is checked by the service (`checkAttachedFile`: a loop, same message): validator's pattern over a file of
  // megabytes can overflow the stack.
  contentBase64!: string;
}
