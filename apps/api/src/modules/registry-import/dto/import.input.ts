import { Field, InputType } from '@nestjs/graphql';
import { IMPORT_MAX_BYTES } from '@metodset/shared';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { RegistryImportKind } from '../columns';

/** Base64 of IMPORT_MAX_BYTES bytes, plus room for line breaks some encoders add. */
const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 1024;
const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

@InputType()
export class ImportRegistryInput {
  @Field(() => RegistryImportKind)
  @IsEnum(RegistryImportKind, { message: 'Выберите, что загружается: организации или педагоги' })
  kind!: RegistryImportKind;

  @Field({ description: 'Имя файла: .xlsx или .csv' })
  @IsString()
  @IsNotEmpty({ message: 'Выберите файл' })
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  @Matches(/\.(xlsx|csv)\s*$/i, { message: 'Загрузите файл .xlsx или .csv' })
  fileName!: string;

  @Field({ description: `Содержимое файла в base64, не больше ${MB} МБ` })
  @IsString()
  @IsNotEmpty({ message: 'Файл пустой' })
  @MaxLength(MAX_BASE64, { message: `Файл больше ${MB} МБ: разделите его на части` })
  contentBase64!: string;

  @Field({ description: 'true — только проверить и посчитать, ничего не записывая' })
  @IsBoolean({ message: 'Укажите, проверить файл или загрузить' })
  dryRun!: boolean;

  @Field({
    defaultValue: false,
    description: 'true — загрузить строки без ошибок (одной транзакцией), а строки с ошибками пропустить; false — при любой ошибке ничего не записывать',
  })
  @IsOptional()
  @IsBoolean({ message: 'Укажите, загружать ли только корректные строки' })
  onlyValidRows!: boolean;
}
