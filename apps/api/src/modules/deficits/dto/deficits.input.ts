import { Field, ID, InputType } from '@nestjs/graphql';
import { CompetenceLevel, SELF_DIAGNOSIS_ENTRIES_MAX } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDateString, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

@InputType({ description: 'What the heatmap covers: a region (rows: its municipalities), or a municipality, some organisations or a network (rows: organisations). None: municipalities in the scope.' })
export class DeficitHeatmapInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите рамку компетенций' }) frameworkId!: string;
  @Field(() => ID, { nullable: true, description: 'None: the latest result of each person' }) @IsOptional() @IsUUID('all', { message: 'Неверная кампания' }) campaignId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный регион' }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный муниципалитет' }) municipalityId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Не больше 100 организаций' })
  @IsUUID('all', { each: true, message: 'Неверная организация' })
  organizationIds?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверная сеть' }) networkId?: string | null;
}

@InputType({ description: 'Before/after: the same competence codes in two campaigns, for one person, one organisation or everyone in the scope' })
export class CampaignComparisonInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите кампанию «до»' }) beforeCampaignId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Выберите кампанию «после»' }) afterCampaignId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный педагог' }) personId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверная организация' }) organizationId?: string | null;
}

@InputType()
export class SelfDiagnosisEntryInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите компетенцию' }) competenceId!: string;
  @Field(() => CompetenceLevel) @IsEnum(CompetenceLevel, { message: 'Выберите уровень: дефицит, норма или профицит' }) level!: CompetenceLevel;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(2000, { message: 'Комментарий — не длиннее 2000 символов' }) note: string = '';
}

const entries = () => [
  ArrayMinSize(1, { message: 'Отметьте хотя бы одну компетенцию' }),
  ArrayMaxSize(SELF_DIAGNOSIS_ENTRIES_MAX, { message: `Не больше ${SELF_DIAGNOSIS_ENTRIES_MAX} компетенций` }),
  ValidateNested({ each: true }),
  Type(() => SelfDiagnosisEntryInput),
];
const apply = (ds: PropertyDecorator[]): PropertyDecorator => (target, key) => ds.forEach((d) => d(target, key));

@InputType({ description: 'A school’s self-diagnostics entered by its staff' })
export class CreateOrganizationSelfDiagnosisInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите организацию' }) organizationId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Выберите рамку компетенций' }) frameworkId!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) conductedOn!: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(5000, { message: 'Вывод — не длиннее 5000 символов' }) summary: string = '';
  @Field(() => [SelfDiagnosisEntryInput]) @apply(entries()) entries!: SelfDiagnosisEntryInput[];
}

@InputType()
export class UpdateOrganizationSelfDiagnosisInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) conductedOn!: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(5000, { message: 'Вывод — не длиннее 5000 символов' }) summary: string = '';
  @Field(() => [SelfDiagnosisEntryInput]) @apply(entries()) entries!: SelfDiagnosisEntryInput[];
}
