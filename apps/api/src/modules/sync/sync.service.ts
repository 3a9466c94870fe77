import { Injectable } from '@nestjs/common';
import { SYNC_BATCH_LIMIT, SyncEntityType, SyncRefusal, SyncStatus } from '@metodset/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager, QueryFailedError } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput } from '../../common/errors/errors';
import { AuditRecord } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { DiagnosticsImportService, ExternalResult } from '../diagnostics/diagnostics-import.service';
import {
  checkOrganization,
  checkResult,
  ResultSyncRow,
  checkPerson,
  ORGANIZATION_FIELDS,
  OrganizationSyncRow,
  OrganizationValues,
  PERSON_FIELDS,
  PersonSyncRow,
  PersonValues,
  reasonOf,
  repeatedRows,
  sameFields,
  samePersonProblem,
} from './sync-rows';
import { HeldOrganization, HeldPerson, OrganizationWrite, PersonWrite, PositionWrite, SyncRepository } from './sync.repository';

/** What became of one row of a batch. */
export interface SyncRowResult {
  index: number;
  externalId: string;
  status: SyncStatus;
  id: string | null;
  code: SyncRefusal | null;
  reason: string | null;
  /** UPDATED: the fields that differ from what Metodset held. */
  changedFields: string[];
}

export interface SyncBatchResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  rows: SyncRowResult[];
}

export interface ParityReport {
  type: SyncEntityType;
  /** The client's ids Metodset holds no live row in scope for. */
  onlyInClient: string[];
  /** How many live rows in scope the client has no id for, and the first of them. */
  onlyInMetodsetTotal: number;
  onlyInMetodset: { id: string; externalId: string | null; name: string }[];
  /** Ids both hold. */
  matched: number;
}

export const NOT_FOUND_OR_NOT_YOURS = 'Не найдено или вне вашей зоны ответственности';
const PARITY_LIMIT = 50_000;
const PARITY_SAMPLE = 1_000;

/** A row that passed every check, with what writing it takes. */
interface Planned<W> {
  index: number;
  status: SyncStatus.CREATED | SyncStatus.UPDATED;
  values: W;
  externalId: string;
  positions: PositionWrite[];
  changedFields: string[];
  before: object | null;
}

const refused = (index: number, externalId: string, code: SyncRefusal, reason: string): SyncRowResult => ({
  index,
  externalId,
  status: SyncStatus.REFUSED,
  id: null,
  code,
  reason,
  changedFields: [],
});

function changed<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): string[] {
  return keys.filter((k) => !sameFields(a, b, [k])).map(String);
}

/**
 * Bulk sync by the caller's own ids. A batch (≤ 1,000 rows) is checked row by row first — every row gets its
 * result, a bad row never stops the others — then the rows that passed are written set-based in one savepoint; when
 * the database still refuses (a key taken by a parallel writer), the batch is written again row by row, each in a
 * savepoint of its own, so a row is written whole or not at all. The same batch again changes nothing.
 */
@Injectable()
export class SyncService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: SyncRepository,
    private readonly audit: AuditService,
    private readonly results: DiagnosticsImportService,
  ) {}

  private static limit(rows: unknown[]): void {
    if (rows.length > SYNC_BATCH_LIMIT) {
      throw badInput([{ field: 'rows', message: `Не больше ${SYNC_BATCH_LIMIT} строк за запрос` }], `Не больше ${SYNC_BATCH_LIMIT} строк за запрос`);
    }
  }

  private static source(actor: Actor): string {
    return actor.user.accountId;
  }

  async syncOrganizations(actor: Actor, rows: OrganizationSyncRow[], dryRun = false): Promise<SyncBatchResult> {
    SyncService.limit(rows);
    const source = SyncService.source(actor);
    return this.uow.run(async (m) => {
      await this.repo.takeTurn(m, source);
      const results: SyncRowResult[] = [];
      const checked = rows.map((r) => checkOrganization(r));
      const ok = checked.map((c, i) => (c.ok ? { index: i, values: c.values } : null)).filter((x): x is { index: number; values: OrganizationValues } => !!x);
      const byExt = repeatedRows(checked, (c) => (c.ok ? c.values.externalId : null));
      const byInn = repeatedRows(checked, (c) => (c.ok ? c.values.inn : null));

      const mapped = new Map((await this.repo.mappings(m, source, SyncEntityType.ORGANIZATION, ok.map((o) => o.values.externalId))).map((x) => [x.externalId, x.entityId]));
      const held = await this.repo.organizations(m, actor.scope, [...mapped.values()], ok.flatMap((o) => (o.values.inn ? [o.values.inn] : [])));
      const byId = new Map(held.map((o) => [o.id, o]));
      const heldByInn = new Map(held.filter((o) => o.inn).map((o) => [o.inn as string, o]));
      const idsOfMatched = await this.repo.mappingsOfRows(m, source, SyncEntityType.ORGANIZATION, held.map((o) => o.id));
      const extOf = new Map(idsOfMatched.map((x) => [x.entityId, x.externalId]));
      const municipalities = await this.repo.municipalitiesInScope(m, actor.scope, [...new Set(ok.flatMap((o) => (o.values.municipalityId ? [o.values.municipalityId] : [])))]);
      const byOktmo = await this.repo.municipalitiesByOktmo(m, actor.scope, [...new Set(ok.flatMap((o) => (o.values.municipalityOktmo ? [o.values.municipalityOktmo] : [])))]);

      const planned: Planned<OrganizationWrite>[] = [];
      checked.forEach((c, index) => {
        const ext = c.ok ? c.values.externalId : String(rows[index]?.externalId ?? '');
        if (!c.ok) return results.push(refused(index, ext, SyncRefusal.INVALID, reasonOf(c.problems)));
        const v = c.values;
        if (byExt.has(index)) return results.push(refused(index, ext, SyncRefusal.DUPLICATE, `Этот код уже есть в строке ${(byExt.get(index) as number) + 1} запроса`));
        if (byInn.has(index)) return results.push(refused(index, ext, SyncRefusal.DUPLICATE, `Этот ИНН уже есть в строке ${(byInn.get(index) as number) + 1} запроса`));
        const mappedId = mapped.get(v.externalId);
        let match: HeldOrganization | undefined = mappedId ? byId.get(mappedId) : undefined;
        if (mappedId && (!match || !match.inScope)) return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, NOT_FOUND_OR_NOT_YOURS));
        const innOwner = v.inn ? heldByInn.get(v.inn) : undefined;
        if (innOwner && innOwner.id !== match?.id) {
          if (!innOwner.inScope) return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, `ИНН: ${NOT_FOUND_OR_NOT_YOURS}`));
          if (match) return results.push(refused(index, ext, SyncRefusal.CONFLICT, 'Этот ИНН у другой организации'));
          const other = extOf.get(innOwner.id);
          if (other && other !== v.externalId) return results.push(refused(index, ext, SyncRefusal.CONFLICT, `Организация с этим ИНН уже связана с кодом «${other}»`));
          match = innOwner;
        }
        if (v.municipalityOktmo) {
          const found = byOktmo.get(v.municipalityOktmo);
          if (!found) return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, `Муниципалитет с ОКТМО ${v.municipalityOktmo}: ${NOT_FOUND_OR_NOT_YOURS}`));
          if (v.municipalityId && v.municipalityId !== found) return results.push(refused(index, ext, SyncRefusal.CONFLICT, `ОКТМО ${v.municipalityOktmo} — код другого муниципалитета, не указанного в строке`));
          v.municipalityId = found;
        } else if (!municipalities.has(v.municipalityId)) {
          return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, `Муниципалитет: ${NOT_FOUND_OR_NOT_YOURS}`));
        }
        const write: OrganizationWrite = { ...v, id: match?.id ?? randomUUID() };
        if (match) {
          const before = { ...match, externalId: v.externalId } as unknown as OrganizationValues;
          const diff = changed(v, before, ORGANIZATION_FIELDS);
          if (!diff.length) {
            if (!mapped.has(v.externalId)) planned.push({ index, status: SyncStatus.UPDATED, values: write, externalId: v.externalId, positions: [], changedFields: ['externalId'], before: match });
            else results.push({ index, externalId: ext, status: SyncStatus.UNCHANGED, id: match.id, code: null, reason: null, changedFields: [] });
            return;
          }
          planned.push({ index, status: SyncStatus.UPDATED, values: write, externalId: v.externalId, positions: [], changedFields: diff, before: match });
        } else {
          planned.push({ index, status: SyncStatus.CREATED, values: write, externalId: v.externalId, positions: [], changedFields: [], before: null });
        }
      });

      const writeSet = async (w: EntityManager, set: Planned<OrganizationWrite>[]) => {
        await this.repo.insertOrganizations(w, set.filter((p) => p.status === SyncStatus.CREATED).map((p) => p.values));
        await this.repo.updateOrganizations(w, set.filter((p) => p.status === SyncStatus.UPDATED && p.changedFields.some((f) => f !== 'externalId')).map((p) => p.values));
        await this.repo.addMappings(w, source, SyncEntityType.ORGANIZATION, set.map((p) => ({ externalId: p.externalId, entityId: p.values.id })));
      };
      return this.finish(m, actor, 'organization', planned, results, writeSet, dryRun, () => []);
    });
  }

  async syncPeople(actor: Actor, rows: PersonSyncRow[], dryRun = false): Promise<SyncBatchResult> {
    SyncService.limit(rows);
    const source = SyncService.source(actor);
    return this.uow.run(async (m) => {
      await this.repo.takeTurn(m, source);
      const results: SyncRowResult[] = [];
      const checked = rows.map((r) => checkPerson(r));
      const ok = checked.flatMap((c) => (c.ok ? [c.values] : []));
      const byExt = repeatedRows(checked, (c) => (c.ok ? c.values.externalId : null));
      const byEmail = repeatedRows(checked, (c) => (c.ok ? c.values.email : null));
      const bySnils = repeatedRows(checked, (c) => (c.ok ? c.values.snils : null));

      const mapped = new Map((await this.repo.mappings(m, source, SyncEntityType.PERSON, ok.map((p) => p.externalId))).map((x) => [x.externalId, x.entityId]));
      const held = await this.repo.people(
        m,
        actor.scope,
        [...mapped.values()],
        ok.flatMap((p) => (p.email ? [p.email] : [])),
        ok.flatMap((p) => (p.snils ? [p.snils] : [])),
      );
      const byId = new Map(held.map((p) => [p.id, p]));
      const heldByEmail = new Map(held.filter((p) => p.email).map((p) => [p.email as string, p]));
      const heldBySnils = new Map(held.filter((p) => p.snils).map((p) => [p.snils as string, p]));
      const extOf = new Map((await this.repo.mappingsOfRows(m, source, SyncEntityType.PERSON, held.map((p) => p.id))).map((x) => [x.entityId, x.externalId]));
      // Organisations the positions name: by the caller's ids, then by ИНН; each must lie in the caller's scope.
      const orgExt = [...new Set(ok.flatMap((p) => p.positions.flatMap((x) => (x.organizationExternalId ? [x.organizationExternalId] : []))))];
      const orgMapped = new Map((await this.repo.mappings(m, source, SyncEntityType.ORGANIZATION, orgExt)).map((x) => [x.externalId, x.entityId]));
      const orgs = await this.repo.organizations(m, actor.scope, [...orgMapped.values()], [...new Set(ok.flatMap((p) => p.positions.flatMap((x) => (x.organizationInn ? [x.organizationInn] : []))))]);
      const orgById = new Map(orgs.map((o) => [o.id, o]));
      const orgByInn = new Map(orgs.filter((o) => o.inn).map((o) => [o.inn as string, o]));
      const heldPositions = await this.repo.positions(m, held.map((p) => p.id));
      const positionsOf = new Map<string, typeof heldPositions>();
      heldPositions.forEach((x) => positionsOf.set(x.personId, [...(positionsOf.get(x.personId) ?? []), x]));

      const planned: Planned<PersonWrite>[] = [];
      checked.forEach((c, index) => {
        const ext = c.ok ? c.values.externalId : String(rows[index]?.externalId ?? '');
        if (!c.ok) return results.push(refused(index, ext, SyncRefusal.INVALID, reasonOf(c.problems)));
        const v: PersonValues = c.values;
        if (byExt.has(index)) return results.push(refused(index, ext, SyncRefusal.DUPLICATE, `Этот код уже есть в строке ${(byExt.get(index) as number) + 1} запроса`));
        if (byEmail.has(index)) return results.push(refused(index, ext, SyncRefusal.DUPLICATE, `Этот адрес почты уже есть в строке ${(byEmail.get(index) as number) + 1} запроса`));
        if (bySnils.has(index)) return results.push(refused(index, ext, SyncRefusal.DUPLICATE, `Этот СНИЛС уже есть в строке ${(bySnils.get(index) as number) + 1} запроса`));
        // The rule (docs/api-sync.md «Как находится запись»): your id first; else СНИЛС; else e-mail; a row found by
        // СНИЛС or e-mail must be the same person (samePersonProblem); keys that point to two people refuse the row.
        const mappedId = mapped.get(v.externalId);
        let match: HeldPerson | undefined = mappedId ? byId.get(mappedId) : undefined;
        if (mappedId && (!match || !match.inScope)) return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, NOT_FOUND_OR_NOT_YOURS));
        for (const [owner, what, named, withIt] of [
          [v.snils ? heldBySnils.get(v.snils) : undefined, 'СНИЛС', 'Этот СНИЛС', 'Педагог с этим СНИЛС'],
          [v.email ? heldByEmail.get(v.email) : undefined, 'Адрес почты', 'Этот адрес почты', 'Педагог с этим адресом почты'],
        ] as const) {
          if (!owner || owner.id === match?.id) continue;
          if (!owner.inScope) return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, `${what}: ${NOT_FOUND_OR_NOT_YOURS}`));
          if (match) return results.push(refused(index, ext, SyncRefusal.CONFLICT, `${named} у другого педагога`));
          const other = extOf.get(owner.id);
          if (other && other !== v.externalId) return results.push(refused(index, ext, SyncRefusal.CONFLICT, `${withIt} уже связан с кодом «${other}»`));
          const problem = samePersonProblem(v, owner, named);
          if (problem) return results.push(refused(index, ext, SyncRefusal.CONFLICT, problem));
          match = owner;
        }
        if (match?.snils && v.snils && match.snils !== v.snils) {
          return results.push(refused(index, ext, SyncRefusal.CONFLICT, 'У педагога в Методсети другой СНИЛС: синхронизация его не меняет (исправьте СНИЛС в карточке педагога)'));
        }
        // A row without СНИЛС leaves the one Metodset holds.
        if (match && !v.snils) v.snils = match.snils;
        const id = match?.id ?? randomUUID();
        const positions: PositionWrite[] = [];
        for (const pos of v.positions) {
          const org = pos.organizationExternalId ? orgById.get(orgMapped.get(pos.organizationExternalId) ?? '') : orgByInn.get(pos.organizationInn ?? '');
          const named = pos.organizationExternalId ? `с кодом «${pos.organizationExternalId}»` : `с ИНН ${pos.organizationInn}`;
          if (!org || !org.inScope) return results.push(refused(index, ext, SyncRefusal.NOT_FOUND, `Организация ${named}: ${NOT_FOUND_OR_NOT_YOURS}`));
          positions.push({ personId: id, organizationId: org.id, kind: pos.kind, title: pos.title });
        }
        const { positions: _p, externalId: _e, ...fields } = v;
        const write: PersonWrite = { ...fields, id };
        if (match) {
          const diff = changed(v, { ...match, positions: v.positions, externalId: v.externalId } as unknown as PersonValues, PERSON_FIELDS);
          const now = positionsOf.get(match.id) ?? [];
          const toWrite = positions.filter((p) => !now.some((h) => h.organizationId === p.organizationId && h.kind === p.kind && h.title === p.title && !h.ended));
          if (toWrite.length) diff.push('positions');
          if (!mapped.has(v.externalId)) diff.push('externalId');
          if (!diff.length) {
            results.push({ index, externalId: ext, status: SyncStatus.UNCHANGED, id: match.id, code: null, reason: null, changedFields: [] });
            return;
          }
          planned.push({ index, status: SyncStatus.UPDATED, values: write, externalId: v.externalId, positions: toWrite, changedFields: diff, before: match });
        } else {
          planned.push({ index, status: SyncStatus.CREATED, values: write, externalId: v.externalId, positions, changedFields: [], before: null });
        }
      });

      const writeSet = async (w: EntityManager, set: Planned<PersonWrite>[]) => {
        await this.repo.insertPeople(w, set.filter((p) => p.status === SyncStatus.CREATED).map((p) => p.values));
        await this.repo.updatePeople(w, set.filter((p) => p.status === SyncStatus.UPDATED && p.changedFields.some((f) => f !== 'externalId' && f !== 'positions')).map((p) => p.values));
        await this.repo.upsertPositions(w, set.flatMap((p) => p.positions));
        await this.repo.addMappings(w, source, SyncEntityType.PERSON, set.map((p) => ({ externalId: p.externalId, entityId: p.values.id })));
      };
      return this.finish(m, actor, 'person', planned, results, writeSet, dryRun, (p) => [p.values.id]);
    });
  }

  /**
   * Results of an external diagnostics, one per person × competence, into a campaign the caller runs. A person is
   * named by the caller's id (synced before) or by СНИЛС, must be in the caller's scope and work in one of the
   * campaign's organisations; the competence by its code in the campaign's instrument. Written through diagnostics'
   * own write path (participants, results, levels), so the current results follow; the same batch again is UNCHANGED.
   */
  async syncResults(actor: Actor, campaignId: string, rows: ResultSyncRow[], dryRun = false): Promise<SyncBatchResult> {
    SyncService.limit(rows);
    const source = SyncService.source(actor);
    return this.uow.run(async (m) => {
      await this.repo.takeTurn(m, source);
      const target = await this.results.externalTarget(m, actor, campaignId);
      const results: SyncRowResult[] = [];
      const checked = rows.map((r) => checkResult(r));
      const ok = checked.flatMap((c) => (c.ok ? [c.values] : []));
      const mapped = new Map(
        (await this.repo.mappings(m, source, SyncEntityType.PERSON, [...new Set(ok.flatMap((r) => (r.personExternalId ? [r.personExternalId] : [])))])).map((x) => [x.externalId, x.entityId]),
      );
      const held = await this.repo.people(m, actor.scope, [...new Set(mapped.values())], [], [...new Set(ok.flatMap((r) => (r.personSnils ? [r.personSnils] : [])))]);
      const byId = new Map(held.map((p) => [p.id, p]));
      const bySnils = new Map(held.filter((p) => p.snils).map((p) => [p.snils as string, p]));
      const workplaces = new Map<string, string[]>();
      for (const x of await this.repo.positions(m, held.map((p) => p.id))) {
        if (!x.ended && target.organizationIds.has(x.organizationId)) workplaces.set(x.personId, [...(workplaces.get(x.personId) ?? []), x.organizationId]);
      }
      const seen = new Map<string, number>();
      const planned: Planned<ExternalResult & { id: string }>[] = [];
      checked.forEach((c, index) => {
        if (!c.ok) {
          const r = rows[index];
          return results.push(refused(index, `${r?.personExternalId ?? r?.personSnils ?? ''}/${r?.competenceCode ?? ''}`, SyncRefusal.INVALID, reasonOf(c.problems)));
        }
        const v = c.values;
        const fromId = v.personExternalId ? byId.get(mapped.get(v.personExternalId) ?? '') : undefined;
        const fromSnils = v.personSnils ? bySnils.get(v.personSnils) : undefined;
        if (v.personExternalId && v.personSnils && fromId && fromSnils && fromId.id !== fromSnils.id) {
          return results.push(refused(index, v.key, SyncRefusal.CONFLICT, 'Код педагога и СНИЛС указывают на разных людей'));
        }
        const person = fromId ?? fromSnils;
        if (!person || !person.inScope || person.archived) return results.push(refused(index, v.key, SyncRefusal.NOT_FOUND, `Педагог: ${NOT_FOUND_OR_NOT_YOURS}`));
        const organizationId = workplaces.get(person.id)?.[0];
        if (!organizationId) return results.push(refused(index, v.key, SyncRefusal.NOT_FOUND, 'Педагог не работает ни в одной организации этой диагностики'));
        const rule = target.rules.get(v.competenceCode);
        if (!rule) return results.push(refused(index, v.key, SyncRefusal.NOT_FOUND, `Компетенции ${v.competenceCode} нет в методике этой диагностики`));
        const key = `${person.id}|${rule.competenceId}`;
        if (seen.has(key)) return results.push(refused(index, v.key, SyncRefusal.DUPLICATE, `Результат этого педагога по этой компетенции уже есть в строке ${(seen.get(key) as number) + 1} запроса`));
        seen.set(key, index);
        const before = target.scores.get(key);
        if (before === v.score) {
          return results.push({ index, externalId: v.key, status: SyncStatus.UNCHANGED, id: person.id, code: null, reason: null, changedFields: [] });
        }
        planned.push({
          index,
          status: before === undefined ? SyncStatus.CREATED : SyncStatus.UPDATED,
          values: { id: person.id, personId: person.id, organizationId, competenceId: rule.competenceId, score: v.score },
          externalId: v.key,
          positions: [],
          changedFields: before === undefined ? [] : ['score'],
          before: before === undefined ? null : { score: before },
        });
      });
      const writeSet = (w: EntityManager, set: Planned<ExternalResult & { id: string }>[]) => this.results.writeExternal(w, target, set.map((p) => p.values));
      return this.finish(m, actor, 'competence-result', planned, results, writeSet, dryRun, (p) => [p.values.personId]);
    });
  }

  /**
   * Writes the planned rows set-based in a savepoint; if the database refuses the set, writes them one by one, each
   * in its own savepoint, refusing only the rows it refuses. Then the audit rows, in the same transaction.
   */
  private async finish<W extends { id: string }>(
    m: EntityManager,
    actor: Actor,
    entityType: string,
    planned: Planned<W>[],
    results: SyncRowResult[],
    writeSet: (m: EntityManager, set: Planned<W>[]) => Promise<void>,
    dryRun: boolean,
    people: (p: Planned<W>) => string[],
  ): Promise<SyncBatchResult> {
    let written = planned;
    if (!dryRun && planned.length) {
      await this.repo.savepoint(m, 'sync_set');
      try {
        await writeSet(m, planned);
        await this.repo.release(m, 'sync_set');
      } catch (err) {
        if (!(err instanceof QueryFailedError)) throw err;
        await this.repo.rollbackTo(m, 'sync_set');
        written = [];
        for (const p of planned) {
          await this.repo.savepoint(m, 'sync_row');
          try {
            await writeSet(m, [p]);
            await this.repo.release(m, 'sync_row');
            written.push(p);
          } catch (rowErr) {
            if (!(rowErr instanceof QueryFailedError)) throw rowErr;
            await this.repo.rollbackTo(m, 'sync_row');
            results.push(refused(p.index, p.externalId, SyncRefusal.CONFLICT, 'Запись не принята базой данных (ключ занят другой записью): повторите строку'));
          }
        }
      }
    }
    for (const p of written) {
      results.push({ index: p.index, externalId: p.externalId, status: p.status, id: p.values.id, code: null, reason: null, changedFields: p.changedFields });
    }
    if (!dryRun && written.length) {
      const records: AuditRecord[] = written.map((p) => ({
        accountId: actor.user.accountId,
        action: p.status === SyncStatus.CREATED ? 'sync.create' : 'sync.update',
        entityType,
        entityId: p.values.id,
        before: p.before,
        after: { ...p.values, externalId: p.externalId, positions: p.positions },
        personIds: people(p),
      }));
      await this.audit.recordMany(m, records);
    }
    results.sort((a, b) => a.index - b.index);
    const count = (s: SyncStatus) => results.filter((r) => r.status === s).length;
    return { dryRun, created: count(SyncStatus.CREATED), updated: count(SyncStatus.UPDATED), unchanged: count(SyncStatus.UNCHANGED), refused: count(SyncStatus.REFUSED), rows: results };
  }

  /** Compares the client's roster (its ids) with what Metodset holds in the caller's scope. */
/** `by`: the account that reads when it is not the client itself (an admin on the client's card), for the audit. */
  async parity(actor: Actor, type: SyncEntityType, externalIds: string[], by = actor.user.accountId): Promise<ParityReport> {
    if (externalIds.length > PARITY_LIMIT) throw badInput([{ field: 'externalIds', message: `Не больше ${PARITY_LIMIT} кодов` }]);
    const source = SyncService.source(actor);
    const m = this.uow.reader;
    const mapped = await this.repo.mappedInScope(m, actor.scope, source, type);
    const held = new Set(mapped.map((x) => x.externalId));
    const given = new Set(externalIds);
    const onlyInClient = [...given].filter((x) => !held.has(x)).sort();
    const missing = mapped.filter((x) => !given.has(x.externalId));
    const unmapped = await this.repo.unmappedInScope(m, actor.scope, source, type, PARITY_SAMPLE);
    const onlyInMetodset = [
      ...missing.map((x) => ({ id: x.entityId, externalId: x.externalId as string | null, name: x.name })),
      ...unmapped.rows.map((x) => ({ ...x, externalId: null })),
    ].slice(0, PARITY_SAMPLE);
    const report: ParityReport = {
      type,
      onlyInClient,
      onlyInMetodsetTotal: missing.length + unmapped.total,
      onlyInMetodset,
      matched: [...given].filter((x) => held.has(x)).length,
    };
    if (type === SyncEntityType.PERSON) {
      await this.uow.run((w) => this.audit.record(w, { accountId: by, action: 'read', entityType: 'sync.parity', entityId: null, personIds: onlyInMetodset.map((x) => x.id) }));
    }
    return report;
  }
}
