import { Field, ID, InputType } from '@nestjs/graphql';
import { AssociationKind, AssociationRole, MeetingFormat } from '@metodset/shared';
import { ArrayMaxSize, IsDateString, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim, TrimToNull } from '../../../common/validation/trim';

@InputType()
export class UpdateAssociationInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название объединения' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Предмет (для ШМО и РМО)' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(200, { message: 'Предмет — не длиннее 200 символов' })
  subject?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' })
  description?: string;
}

@InputType()
export class CreateAssociationInput extends UpdateAssociationInput {
  @Field(() => AssociationKind)
  @IsEnum(AssociationKind, { message: 'Выберите вид объединения' })
  kind!: AssociationKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название объединения' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  declare name: string;

  @Field(() => ID, { nullable: true, description: 'Host: an organisation (ШМО, groups)…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or a municipality (РМО)…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or a network (network associations, councils)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string | null;
}

@InputType()
export class AssociationMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите педагога' })
  personId!: string;

  @Field(() => AssociationRole, { defaultValue: AssociationRole.MEMBER })
  @IsEnum(AssociationRole, { message: 'Выберите роль' })
  role: AssociationRole = AssociationRole.MEMBER;
}

@InputType()
export class AssociationMeetingInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'Дата заседания — в виде ГГГГ-ММ-ДД' })
  heldOn!: string;

  @Field(() => MeetingFormat, { defaultValue: MeetingFormat.IN_PERSON })
  @IsEnum(MeetingFormat, { message: 'Выберите формат' })
  format: MeetingFormat = MeetingFormat.IN_PERSON;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Укажите повестку' })
  @MaxLength(10000, { message: 'Повестка — не длиннее 10000 символов' })
  agenda!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000, { message: 'Решения — не длиннее 20000 символов' })
  decisions: string = '';

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(500, { message: 'Не больше 500 присутствующих' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор участника' })
  attendeeIds: string[] = [];
}
