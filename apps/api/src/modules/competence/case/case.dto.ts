import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { CODE_OR_EMPTY } from '../dto/competence.input';
import { CompetencyFrameworkObject } from '../dto/competence.object';
import { CASE_LIMITS } from './case-format';

@ObjectType('CompetencyFrameworkCaseExport', { description: 'A framework as a 1EdTech CASE 1.1 package (CFPackage JSON)' })
export class CaseExportObject {
  @Field({ description: 'A file name for the download, e.g. «shadrikov-v1.case.json»' }) fileName!: string;
  @Field({ description: 'The CFPackage: CFDocument, CFItems and CFAssociations (isChildOf), as JSON text' }) json!: string;
}

@InputType()
export class ImportCaseInput {
  @Field({ description: 'A CASE 1.1 CFPackage as JSON text' })
  @IsString()
  @IsNotEmpty({ message: 'Выберите файл пакета CASE (JSON)' })
  @MaxLength(CASE_LIMITS.chars, { message: 'Файл пакета CASE — не больше 5 МБ' })
  json!: string;

  @Field({ description: 'The code of the new framework (version 1, a draft)' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите код рамки' })
  @MaxLength(50, { message: 'Код — не длиннее 50 символов' })
  @Matches(CODE_OR_EMPTY, { message: 'Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The name; the CFDocument title when not given' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Название — не длиннее 300 символов' })
  name?: string | null;

  @Field({ description: 'Check only: nothing is written' })
  @IsBoolean()
  dryRun!: boolean;
}

@ObjectType('CompetencyFrameworkCaseImport', { description: 'What a CASE package holds, and the new draft framework when it was written' })
export class CaseImportObject {
  @Field() dryRun!: boolean;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) areas!: number;
  @Field(() => Int) competences!: number;
  @Field(() => Int) indicators!: number;
  @Field({
    description: 'The package (its CFDocument identifier) was imported before: the framework is updated — its draft in place, items matched by their CASE identifiers, or a new draft version after a published one — never duplicated',
  })
  updated!: boolean;
  @Field(() => CompetencyFrameworkObject, { nullable: true, description: 'The new or updated draft (null on a dry run)' })
  framework!: CompetencyFrameworkObject | null;
}
