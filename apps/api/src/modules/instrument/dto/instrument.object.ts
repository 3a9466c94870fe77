import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DiagnosticItemKind, ScoreAggregation, VersionStatus } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { DiagnosticInstrumentEntity } from '../diagnostic-instrument.entity';
import { DiagnosticItemEntity, ItemOption } from '../diagnostic-item.entity';
import { DiagnosticScoringRuleEntity } from '../diagnostic-scoring-rule.entity';
import { ImportedItem, ImportedRule, ImportError } from '../instrument-import';

registerEnumType(DiagnosticItemKind, { name: 'DiagnosticItemKind' });
registerEnumType(ScoreAggregation, { name: 'ScoreAggregation' });

@ObjectType('DiagnosticInstrument', { description: 'Диагностическая методика банка: задания по компетенциям одной рамки, правила подсчёта и пороги' })
export class DiagnosticInstrumentObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ID) frameworkId!: string;
  @Field(() => VersionStatus) status!: VersionStatus;
  @Field(() => ID, { nullable: true }) previousVersionId!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: DiagnosticInstrumentEntity): DiagnosticInstrumentObject {
    const { id, code, version, name, description, frameworkId, status, previousVersionId, publishedAt, archivedAt } = e;
    return { id, code, version, name, description, frameworkId, status, previousVersionId, publishedAt, archivedAt };
  }
}

@ObjectType('DiagnosticItemOption', { description: 'Вариант ответа с баллом' })
export class ItemOptionObject {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => Float) score!: number;
}

@ObjectType('DiagnosticItem', { description: 'Задание методики' })
export class DiagnosticItemObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) instrumentId!: string;
  @Field(() => Int) position!: number;
  @Field(() => ID) competenceId!: string;
  @Field(() => DiagnosticItemKind) kind!: DiagnosticItemKind;
  @Field() text!: string;
  @Field(() => Int, { nullable: true }) scaleMin!: number | null;
  @Field(() => Int, { nullable: true }) scaleMax!: number | null;
  @Field(() => [ItemOptionObject]) options!: ItemOption[];
  @Field(() => Float) weight!: number;

  static from(e: DiagnosticItemEntity): DiagnosticItemObject {
    const { id, instrumentId, position, competenceId, kind, text, scaleMin, scaleMax, options, weight } = e;
    return { id, instrumentId, position, competenceId, kind, text, scaleMin, scaleMax, options, weight };
  }
}

@ObjectType('DiagnosticScoringRule', { description: 'Правило подсчёта балла компетенции (0–100 %) и пороги дефицита и профицита' })
export class DiagnosticScoringRuleObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) instrumentId!: string;
  @Field(() => ID) competenceId!: string;
  @Field(() => ScoreAggregation) aggregation!: ScoreAggregation;
  @Field(() => Float) deficitBelow!: number;
  @Field(() => Float) proficitFrom!: number;

  static from(e: DiagnosticScoringRuleEntity): DiagnosticScoringRuleObject {
    const { id, instrumentId, competenceId, aggregation, deficitBelow, proficitFrom } = e;
    return { id, instrumentId, competenceId, aggregation, deficitBelow, proficitFrom };
  }
}

@ObjectType('InstrumentTemplate', { description: 'Шаблон XLSX методики' })
export class InstrumentTemplateObject {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@ObjectType('InstrumentImportError', { description: 'Ошибка в строке файла' })
export class InstrumentImportErrorObject implements ImportError {
  @Field({ description: 'Лист книги' }) sheet!: string;
  @Field(() => Int, { description: 'Номер строки, как в Excel (заголовок — строка 1)' }) line!: number;
  @Field(() => String, { nullable: true, description: 'Заголовок столбца; null — ошибка всей строки' }) column!: string | null;
  @Field() message!: string;
}

@ObjectType('InstrumentImportItem', { description: 'Задание, прочитанное из файла' })
export class InstrumentImportItemObject {
  @Field(() => Int) line!: number;
  @Field(() => Int) position!: number;
  @Field() competenceCode!: string;
  @Field(() => DiagnosticItemKind) kind!: DiagnosticItemKind;
  @Field() text!: string;
  @Field(() => Int, { nullable: true }) scaleMin!: number | null;
  @Field(() => Int, { nullable: true }) scaleMax!: number | null;
  @Field(() => [ItemOptionObject]) options!: ItemOption[];
  @Field(() => Float) weight!: number;

  static from(i: ImportedItem): InstrumentImportItemObject {
    const { line, position, competenceCode, kind, text, scaleMin, scaleMax, options, weight } = i;
    return { line, position, competenceCode, kind, text, scaleMin, scaleMax, options, weight };
  }
}

@ObjectType('InstrumentImportRule', { description: 'Пороги, прочитанные из файла' })
export class InstrumentImportRuleObject {
  @Field(() => Int) line!: number;
  @Field() competenceCode!: string;
  @Field(() => ScoreAggregation) aggregation!: ScoreAggregation;
  @Field(() => Float) deficitBelow!: number;
  @Field(() => Float) proficitFrom!: number;

  static from(r: ImportedRule): InstrumentImportRuleObject {
    const { line, competenceCode, aggregation, deficitBelow, proficitFrom } = r;
    return { line, competenceCode, aggregation, deficitBelow, proficitFrom };
  }
}

@ObjectType('InstrumentImport', { description: 'Итог проверки или загрузки методики из XLSX; при любой ошибке ничего не записывается' })
export class InstrumentImportObject {
  @Field({ description: 'true — ничего не записано (проверка или файл с ошибками)' }) dryRun!: boolean;
  @Field(() => [InstrumentImportItemObject]) items!: InstrumentImportItemObject[];
  @Field(() => [InstrumentImportRuleObject]) rules!: InstrumentImportRuleObject[];
  @Field(() => [InstrumentImportErrorObject], { description: 'Все ошибки по листам и строкам; пусто — файл можно загружать' }) errors!: InstrumentImportErrorObject[];
  @Field(() => DiagnosticInstrumentObject, { nullable: true, description: 'The created draft (a real run without errors)' }) instrument!: DiagnosticInstrumentObject | null;
}

export const DiagnosticInstrumentConnection = ConnectionType(DiagnosticInstrumentObject, 'DiagnosticInstrument');
