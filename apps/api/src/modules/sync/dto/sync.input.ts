import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { SYNC_BATCH_LIMIT } from '@metodset/shared';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';

/*
 * Rows of a sync batch are checked row by row by the service (sync-rows.ts), so that a bad row is REFUSED with its
 * reason while the others go on; here only the shape is fixed (`@Allow` keeps a field through the whitelist).
 */

@InputType({ description: 'Организация по коду во внешней системе' })
export class SyncOrganizationInput {
  @Field({ description: 'Код организации в вашей системе (ключ синхронизации)' }) @Allow() externalId!: string;
  @Field() @Allow() name!: string;
  @Field(() => String, { nullable: true }) @Allow() shortName?: string | null;
  @Field({ description: 'Вид: SCHOOL, GYMNASIUM, LYCEUM, KINDERGARTEN, … (OrganizationKind)' }) @Allow() kind!: string;
  @Field(() => String, { nullable: true, description: 'ИНН (10 цифр); по нему находится организация, ещё не связанная с вашим кодом' })
  @Allow()
  inn?: string | null;
  @Field(() => ID, { nullable: true, description: 'Муниципалитет (в вашей зоне ответственности): его идентификатор или ОКТМО' }) @Allow() municipalityId?: string | null;
  @Field(() => String, { nullable: true, description: 'Или ОКТМО муниципалитета (8 или 11 цифр)' }) @Allow() municipalityOktmo?: string | null;
  @Field(() => String, { nullable: true }) @Allow() address?: string | null;
  @Field(() => String, { nullable: true }) @Allow() email?: string | null;
  @Field(() => String, { nullable: true }) @Allow() website?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true — в архиве' }) @Allow() archived?: boolean | null;
}

@InputType({ description: 'Должность педагога в организации' })
export class SyncPositionInput {
  @Field(() => String, { nullable: true, description: 'Код организации в вашей системе (синхронизированной раньше)' }) @Allow() organizationExternalId?: string | null;
  @Field(() => String, { nullable: true, description: 'Или ИНН организации' }) @Allow() organizationInn?: string | null;
  @Field({ description: 'TEACHER, DIRECTOR, DEPUTY_DIRECTOR, METHODIST, … (PositionKind)' }) @Allow() kind!: string;
  @Field(() => String, { nullable: true }) @Allow() title?: string | null;
}

@InputType({ description: 'Педагог по коду во внешней системе, с должностями' })
export class SyncPersonInput {
  @Field({ description: 'Код педагога в вашей системе (ключ синхронизации)' }) @Allow() externalId!: string;
  @Field() @Allow() lastName!: string;
  @Field() @Allow() firstName!: string;
  @Field(() => String, { nullable: true }) @Allow() middleName?: string | null;
  @Field(() => String, { nullable: true, description: 'ГГГГ-ММ-ДД' }) @Allow() birthDate?: string | null;
  @Field(() => String, { nullable: true, description: 'СНИЛС (11 цифр, можно с дефисами): по нему — первым — находится педагог, ещё не связанный с вашим кодом' })
  @Allow()
  snils?: string | null;
  @Field(() => String, { nullable: true, description: 'По нему (после СНИЛС) находится педагог, ещё не связанный с вашим кодом' }) @Allow() email?: string | null;
  @Field(() => String, { nullable: true }) @Allow() phone?: string | null;
  @Field(() => [String], { nullable: true }) @Allow() subjects?: string[] | null;
  @Field(() => Int, { nullable: true }) @Allow() experienceYears?: number | null;
  @Field(() => String, { nullable: true, description: 'QualificationCategory: NONE, FIRST, HIGHEST, …' }) @Allow() qualificationCategory?: string | null;
  @Field(() => [SyncPositionInput], { description: 'Хотя бы одна должность в организации вашей зоны' })
  @IsArray()
  @ArrayMaxSize(20, { message: 'Не больше 20 должностей у педагога' })
  @ValidateNested({ each: true })
  @Type(() => SyncPositionInput)
  positions!: SyncPositionInput[];
  @Field(() => Boolean, { nullable: true, description: 'true — в архиве' }) @Allow() archived?: boolean | null;
}

@InputType()
export class SyncOrganizationsInput {
  @Field(() => [SyncOrganizationInput], { description: `Не больше ${SYNC_BATCH_LIMIT} строк` })
  @IsArray()
  @ArrayMaxSize(SYNC_BATCH_LIMIT, { message: `Не больше ${SYNC_BATCH_LIMIT} строк за запрос` })
  @ValidateNested({ each: true })
  @Type(() => SyncOrganizationInput)
  rows!: SyncOrganizationInput[];
  @Field({ defaultValue: false, description: 'true — только сравнить и сказать, что изменилось бы' }) @IsOptional() @IsBoolean() dryRun!: boolean;
}

@InputType()
export class SyncPeopleInput {
  @Field(() => [SyncPersonInput], { description: `Не больше ${SYNC_BATCH_LIMIT} строк` })
  @IsArray()
  @ArrayMaxSize(SYNC_BATCH_LIMIT, { message: `Не больше ${SYNC_BATCH_LIMIT} строк за запрос` })
  @ValidateNested({ each: true })
  @Type(() => SyncPersonInput)
  rows!: SyncPersonInput[];
  @Field({ defaultValue: false, description: 'true — только сравнить и сказать, что изменилось бы' }) @IsOptional() @IsBoolean() dryRun!: boolean;
}

@InputType({ description: 'Результат педагога по компетенции из внешней диагностики' })
export class SyncCompetenceResultInput {
  @Field(() => String, { nullable: true, description: 'Код педагога в вашей системе (синхронизированного раньше)' }) @Allow() personExternalId?: string | null;
  @Field(() => String, { nullable: true, description: 'Или СНИЛС педагога' }) @Allow() personSnils?: string | null;
  @Field({ description: 'Код компетенции методики диагностики (например, SH-2.1)' }) @Allow() competenceCode!: string;
  @Field(() => Float, { description: 'Балл, 0–100 %' }) @Allow() score!: number;
}

@InputType()
export class SyncCompetenceResultsInput {
  @Field(() => ID, { description: 'Диагностика (внешняя, или открытая либо завершённая), которую вы проводите' }) @IsUUID('all', { message: 'Укажите диагностику' }) campaignId!: string;
  @Field(() => [SyncCompetenceResultInput], { description: `Не больше ${SYNC_BATCH_LIMIT} строк` })
  @IsArray()
  @ArrayMaxSize(SYNC_BATCH_LIMIT, { message: `Не больше ${SYNC_BATCH_LIMIT} строк за запрос` })
  @ValidateNested({ each: true })
  @Type(() => SyncCompetenceResultInput)
  rows!: SyncCompetenceResultInput[];
  @Field({ defaultValue: false, description: 'true — только сравнить и сказать, что изменилось бы' }) @IsOptional() @IsBoolean() dryRun!: boolean;
}
