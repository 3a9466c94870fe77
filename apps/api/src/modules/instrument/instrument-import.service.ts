import { Injectable } from '@nestjs/common';
import { VersionStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError, notFound } from '../../common/errors/errors';
import { CompetenceRepository } from '../competence/competence.repository';
import { decodeUpload } from '../registry-import/parse/upload';
import { DiagnosticInstrumentEntity } from './diagnostic-instrument.entity';
import { ImportInstrumentInput } from './dto/instrument.input';
import { DiagnosticInstrumentObject, InstrumentImportItemObject, InstrumentImportObject, InstrumentImportRuleObject, InstrumentTemplateObject } from './dto/instrument.object';
import { columnsOf, ITEM_COLUMNS, ITEMS_SHEET, planInstrumentImport, RULE_COLUMNS, RULES_SHEET } from './instrument-import';
import { readSheets } from '../registry-import/parse/read';
import { buildInstrumentTemplate } from './instrument-xlsx';
import { InstrumentRepository } from './instrument.repository';
import { INSTRUMENT_CONSTRAINTS, InstrumentService } from './instrument.service';

/**
 * An instrument from XLSX (sheets «Задания» and «Пороги»): the file is checked like the registry import's
 * (name, base64, size, magic bytes); a dry run reports every line; a real run creates a DRAFT in one transaction,
 * or nothing when any line has an error.
 */
@Injectable()
export class InstrumentImportService {
  constructor(
    private readonly repo: InstrumentRepository,
    private readonly competences: CompetenceRepository,
    private readonly instruments: InstrumentService,
    private readonly uow: UnitOfWork,
  ) {}
  async template(frameworkId: string | null | undefined): Promise<InstrumentTemplateObject> {
    let competences: { code: string; name: string }[] = [];
    if (frameworkId) {
      const f = await this.competences.findFramework(this.uow.reader, frameworkId);
      if (!f) throw notFound('Рамка компетенций не найдена');
      competences = await this.competences.competencesOf(this.uow.reader, f.id);
    }
    const data = await buildInstrumentTemplate(competences);
    return { fileName: 'шаблон-методика.xlsx', contentBase64: data.toString('base64') };
  }

  async import(actor: Actor, input: ImportInstrumentInput): Promise<InstrumentImportObject> {
    const upload = decodeUpload(input.fileName, input.contentBase64);
    if (!upload.ok) throw fieldError(upload.error.field, upload.error.message);
    if (upload.format !== 'xlsx') throw fieldError('fileName', 'Загрузите книгу Excel (.xlsx)');
    const sheets = await readSheets(upload.data, 'xlsx', { allSheets: true });
    const items = sheets.get(ITEMS_SHEET.toLowerCase());
    if (!items) throw fieldError('contentBase64', `В книге нет листа «${ITEMS_SHEET}»: скачайте шаблон`);
    const rules = sheets.get(RULES_SHEET.toLowerCase()) ?? null;
    for (const [sheet, name, columns] of [[items, ITEMS_SHEET, ITEM_COLUMNS], [rules, RULES_SHEET, RULE_COLUMNS]] as const) {
      if (!sheet) continue;
      const { missing } = columnsOf(sheet, columns);
      if (missing.length) throw fieldError('contentBase64', `На листе «${name}» нет столбцов: ${missing.map((h) => `«${h}»`).join(', ')}. Скачайте шаблон`);
    }
    const run = async (m: EntityManager): Promise<InstrumentImportObject> => {
      await this.instruments.checkNew(m, input.frameworkId, input.code);
      const codes = new Map((await this.competences.competencesOf(m, input.frameworkId)).map((c) => [c.code, c.id]));
      const plan = planInstrumentImport(items, rules, codes);
      const report = (dryRun: boolean, instrument: DiagnosticInstrumentEntity | null): InstrumentImportObject => ({
        dryRun,
        items: plan.items.map(InstrumentImportItemObject.from),
        rules: plan.rules.map(InstrumentImportRuleObject.from),
        errors: plan.errors,
        instrument: instrument ? DiagnosticInstrumentObject.from(instrument) : null,
      });
      if (input.dryRun || plan.errors.length) return report(true, null);
      const created = await this.repo.insertInstrument(m, { code: input.code, name: input.name, frameworkId: input.frameworkId, version: 1, status: VersionStatus.DRAFT });
      await this.repo.appendItems(m, created.id, plan.items.map(({ line: _l, position: _p, competenceCode: _c, ...item }) => item));
      await this.repo.insertRules(m, created.id, plan.rules);
      await this.instruments.record(m, actor, 'import', created.id, null, { fileName: input.fileName, items: plan.items.length, rules: plan.rules.length });
      return report(false, created);
    };
    // One transaction: a dry run only reads in it; a real run writes everything in it, or nothing.
    return this.uow.write(run, INSTRUMENT_CONSTRAINTS);
  }
}
