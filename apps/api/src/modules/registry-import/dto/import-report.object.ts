import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RegistryImportKind } from '../columns';

@ObjectType('ImportRowError', { description: 'Ошибка в строке файла' })
export class ImportRowErrorObject {
  @Field(() => Int, { description: 'Номер строки, как в Excel (заголовок — строка 1)' }) line!: number;
  @Field(() => String, { nullable: true, description: 'Заголовок столбца; null — ошибка всей строки' }) column!: string | null;
  @Field() message!: string;
}

@ObjectType('RegistryImport', {
  description:
    'Итог проверки или загрузки реестра. Организации находятся по «Коду», а без него — по «ИНН»; ' +
    'педагоги — по «Коду», а без него — по фамилии, имени, отчеству и дате рождения. ' +
    'Повторная загрузка обновляет найденные записи и не создаёт дублей. При любой ошибке ничего не записывается, ' +
    'если не попросить загрузить только корректные строки (onlyValidRows).',
})
export class RegistryImportReportObject {
  @Field(() => RegistryImportKind) kind!: RegistryImportKind;
  @Field({ description: 'true — это была проверка, ничего не записано' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Строк с данными в файле' }) total!: number;
  @Field(() => Int, { description: 'Новых записей (будет создано при проверке)' }) created!: number;
  @Field(() => Int, { description: 'Изменённых записей' }) updated!: number;
  @Field(() => Int, { description: 'Записей без изменений' }) unchanged!: number;
  @Field({ description: 'Как строки файла сопоставляются с записями реестра' }) key!: string;
  @Field(() => Int, { description: 'Строк с ошибками: они не загружаются' }) refused!: number;
  @Field(() => [ImportRowErrorObject], { description: 'Все ошибки всех строк, по строкам и столбцам; пусто — файл можно загружать' }) errors!: ImportRowErrorObject[];
  /** Builds the file of refused rows when the field is asked for (see RegistryImportReportResolver). */
  refusedRowsFile?: () => Promise<RegistryImportFileObject>;
}

@ObjectType('RegistryImportFile', { description: 'Файл XLSX для скачивания' })
export class RegistryImportFileObject {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@ObjectType('RegistryImportTemplate', { description: 'Пустой шаблон XLSX со строкой заголовков' })
export class RegistryImportTemplateObject {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}
