import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ReportFormat, ReportKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

registerEnumType(ReportKind, { name: 'ReportKind', description: 'Monitoring reports of the seeds' });
registerEnumType(ReportFormat, { name: 'ReportFormat' });

const DATE = (what: string) => IsDateString({ strict: true }, { message: `${what} — в виде ГГГГ-ММ-ДД` });

@InputType({ description: 'One header row above the table: «Период», «Территория», a filter…' })
export class ReportHeaderInput {
  @Field() @IsString() @IsNotEmpty({ message: 'Укажите подпись' }) @MaxLength(100, { message: 'Не длиннее 100 символов' }) label!: string;
  @Field() @IsString() @MaxLength(500, { message: 'Не длиннее 500 символов' }) value!: string;
}

@InputType()
export class ListPdfColumnInput {
  @Field() @IsString() @IsNotEmpty({ message: 'Укажите заголовок столбца' }) @MaxLength(200, { message: 'Не длиннее 200 символов' }) header!: string;
  @Field(() => String, { nullable: true, description: 'text | number | date (the cells come formatted as the list shows them)' })
  @IsOptional()
  @IsIn(['text', 'number', 'date'], { message: 'Неизвестный вид столбца' })
  type?: 'text' | 'number' | 'date' | null;
}

@InputType({ description: 'A list as the SPA shows it (rows fetched through the list’s own query), to be rendered to PDF by a job' })
export class ListPdfInput {
  @Field() @IsString() @IsNotEmpty({ message: 'Укажите название' }) @MaxLength(200, { message: 'Не длиннее 200 символов' }) title!: string;
  @Field(() => [ReportHeaderInput]) @IsArray() @ArrayMaxSize(12, { message: 'Не больше 12 строк заголовка' }) @ValidateNested({ each: true }) @Type(() => ReportHeaderInput) header!: ReportHeaderInput[];
  @Field(() => [ListPdfColumnInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'Нет столбцов' })
  @ArrayMaxSize(30, { message: 'Не больше 30 столбцов' })
  @ValidateNested({ each: true })
  @Type(() => ListPdfColumnInput)
  columns!: ListPdfColumnInput[];
  /** Checked by the handler (sizes), not cell by cell by class-validator. */
  @Field(() => [[String]], { description: 'Cells as shown, row by row (at most 20 000 rows)' }) @IsArray() rows!: string[][];
}

@InputType()
export class OrderReportInput {
  @Field(() => ReportKind) @IsEnum(ReportKind, { message: 'Неизвестный вид отчёта' }) kind!: ReportKind;
  @Field(() => ReportFormat) @IsEnum(ReportFormat, { message: 'Неизвестный формат' }) format!: ReportFormat;
  @Field(() => ID, { nullable: true, description: 'A municipality of the caller’s scope; the whole scope when not given' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string | null;
  @Field({ description: 'First day of the period' }) @DATE('Начало периода') from!: string;
  @Field({ description: 'Last day of the period' }) @DATE('Конец периода') to!: string;
}
