import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDateString, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class ApiClientPermissionInput {
  @Field(() => ApiClientDomain)
  @IsEnum(ApiClientDomain, { message: 'Неизвестный раздел API' })
  domain!: ApiClientDomain;

  @Field(() => ApiClientAccess)
  @IsEnum(ApiClientAccess, { message: 'Неизвестный уровень доступа' })
  access!: ApiClientAccess;
}

@InputType()
export class UpdateApiClientInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Укажите название клиента' })
  @Matches(/\S/, { message: 'Укажите название клиента' })
  @MaxLength(200, { message: 'Название — не длиннее 200 символов' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Описание — не длиннее 1000 символов' })
  description?: string | null;

  @Field(() => [ApiClientPermissionInput], { description: 'Read or read-write access per domain (each domain once)' })
  @ArrayMinSize(1, { message: 'Выберите хотя бы один раздел API' })
  @ArrayMaxSize(20, { message: 'Слишком много разделов' })
  @ValidateNested({ each: true })
  @Type(() => ApiClientPermissionInput)
  permissions!: ApiClientPermissionInput[];

  @Field(() => String, { nullable: true, description: 'Last day the client works (inclusive, Moscow time), ГГГГ-ММ-ДД; none: until revoked' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Срок действия — в виде ГГГГ-ММ-ДД' })
  expiresOn?: string | null;
}

@InputType()
export class CreateApiClientInput extends UpdateApiClientInput {
  @Field(() => ApiClientScopeKind)
  @IsEnum(ApiClientScopeKind, { message: 'Неизвестный вид области доступа' })
  scopeKind!: ApiClientScopeKind;

  @Field(() => ID, { description: 'The region, municipality or organisation (by scopeKind)' })
  @IsUUID('all', { message: 'Выберите регион, муниципалитет или организацию' })
  scopeId!: string;
}

@InputType()
export class RotateApiClientSecretInput {
  @Field(() => Int, { description: 'Hours the old secrets stay valid beside the new one (0: refused at once), at most 720' })
  @IsInt({ message: 'Срок перекрытия — целое число часов' })
  @Min(0, { message: 'Срок перекрытия — не меньше 0 часов' })
  @Max(720, { message: 'Срок перекрытия — не больше 720 часов (30 дней)' })
  overlapHours!: number;
}
