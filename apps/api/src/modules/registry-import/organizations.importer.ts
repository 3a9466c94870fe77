import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { ORGANIZATION_COLUMNS, OrganizationColumn } from './columns';
import { ErrorList, ImportPlan, NOT_FOUND_OR_NOT_YOURS, sameValues } from './import-plan';
import { Sheet } from './parse/sheet';
import { ExistingOrganization, OrganizationValues, RegistryImportRepository, StatusValues } from './registry-import.repository';
import { duplicates, OrganizationRow, OrganizationStatusValue, readInTurns, readOrganizations, ROWS_PER_TURN, yieldToLoop } from './rows';

const H = Object.fromEntries(ORGANIZATION_COLUMNS.map((c) => [c.key, c.header])) as Record<OrganizationColumn, string>;
const OUT_OF_SCOPE = 'Муниципалитет вне вашей зоны ответственности';
const COMPARED = ['municipalityId', 'name', 'shortName', 'kind', 'inn', 'externalId', 'address', 'email', 'website'] as const;

const statusKey = (s: { kind: string; year: number }) => `${s.kind}|${s.year}`;

/** Organisations: keyed by «Код», else by «ИНН». */
@Injectable()
export class OrganizationsImporter {
  constructor(private readonly repo: RegistryImportRepository) {}

  /**
   * The key checks of one row: its code or ИНН held outside the scope, an ИНН held by another organisation.
   * Each later check depends on the earlier ones, so the first failure is the row's one key error.
   */
  private matchOf(
    r: OrganizationRow,
    byCode: Map<string, ExistingOrganization>,
    byInn: Map<string, ExistingOrganization>,
  ): { match?: ExistingOrganization; error?: { column: string; message: string } } {
    const match = r.externalId ? byCode.get(r.externalId) : undefined;
    const holder = r.inn ? byInn.get(r.inn) : undefined;
    // A key held outside the scope: one neutral answer, naming nothing there.
    if (match && !match.inScope) return { error: { column: H.externalId, message: NOT_FOUND_OR_NOT_YOURS } };
    if (holder && !holder.inScope && holder.id !== match?.id) return { error: { column: H.inn, message: NOT_FOUND_OR_NOT_YOURS } };
    if (!match && holder) {
      if (r.externalId && holder.externalId) return { error: { column: H.inn, message: `Этот ИНН уже у организации с кодом «${holder.externalId}»` } };
      return { match: holder };
    }
    if (match && holder && holder.id !== match.id) return { error: { column: H.inn, message: `Этот ИНН уже у другой организации: «${holder.name}»` } };
    return { match };
  }

  async plan(m: EntityManager, scope: AccessScope, sheet: Sheet, index: Map<OrganizationColumn, number>): Promise<ImportPlan> {
    const parsed = await readInTurns(sheet, (slice) => readOrganizations(slice, index));
    const errors = new ErrorList(parsed.errors);
    duplicates(parsed.rows, (r) => r.externalId, H.externalId, 'Этот код').forEach((e) => errors.add(e));
    duplicates(parsed.rows, (r) => r.inn, H.inn, 'Этот ИНН').forEach((e) => errors.add(e));

    const municipalities = await this.repo.municipalitiesByNames(m, scope, [...new Set(parsed.rows.flatMap((r) => (r.municipality ? [r.municipality] : [])))]);
    const existing = await this.repo.organizationsByKeys(
      m,
      scope,
      parsed.rows.flatMap((r) => (r.externalId ? [r.externalId] : [])),
      parsed.rows.flatMap((r) => (r.inn ? [r.inn] : [])),
    );
    const byCode = new Map(existing.filter((o) => o.externalId).map((o) => [o.externalId as string, o]));
    const byInn = new Map(existing.filter((o) => o.inn).map((o) => [o.inn as string, o]));
    const held = new Set((await this.repo.statusesOf(m, existing.filter((o) => o.inScope).map((o) => o.id))).map((s) => `${s.organizationId}|${statusKey(s)}`));

    const inserts: OrganizationValues[] = [];
    const updates: OrganizationValues[] = [];
    const newStatuses: { row: OrganizationValues; statuses: OrganizationStatusValue[] }[] = [];
    const matchedAt = new Map<string, number>();
    let unchanged = 0;
    let seen = 0;
    for (const r of parsed.rows) {
      if (++seen % ROWS_PER_TURN === 0) await yieldToLoop();
      // Every check runs for every row, so a row with several problems lists them all at once.
      const candidates = r.municipality ? municipalities.filter((x) => x.name.toLowerCase() === r.municipality.toLowerCase()) : [];
      const municipality = candidates.find((x) => x.inScope);
      if (r.municipality && !municipality) {
        errors.add({ line: r.line, column: H.municipality, message: candidates.length ? OUT_OF_SCOPE : `Муниципалитет «${r.municipality}» не найден` });
      }
      const { match, error } = this.matchOf(r, byCode, byInn);
      if (error) errors.add({ line: r.line, ...error });
      if (match) {
        const first = matchedAt.get(match.id);
        if (first !== undefined) errors.add({ line: r.line, column: null, message: `Эта организация уже встречается в строке ${first}` });
        else matchedAt.set(match.id, r.line);
      }
      if (errors.has(r.line) || !municipality || !r.kind) continue;

      const values: OrganizationValues = {
        id: match?.id,
        municipalityId: municipality.id,
        name: r.name,
        shortName: r.shortName,
        kind: r.kind,
        // A blank key cell keeps the key already stored: keys are never erased by an import.
        inn: r.inn ?? match?.inn ?? null,
        externalId: r.externalId ?? match?.externalId ?? null,
        address: r.address,
        email: r.email,
        website: r.website,
      };
      // Statuses are added to those the organisation holds; an import never takes one away.
      const adding = (r.statuses ?? []).filter((s) => !match || !held.has(`${match.id}|${statusKey(s)}`));
      if (adding.length) newStatuses.push({ row: values, statuses: adding });
      if (!match) inserts.push(values);
      else if (sameValues<OrganizationValues>(values, match, COMPARED) && !adding.length) unchanged++;
      else updates.push(values);
    }
    return {
      total: parsed.total,
      errors: errors.errors,
      created: inserts.length,
      updated: updates.length,
      unchanged,
      write: async (w) => {
        await this.repo.updateOrganizations(w, updates);
        const ids = await this.repo.insertOrganizations(w, inserts);
        const idOf = (v: OrganizationValues) => v.id ?? (v.externalId ? ids.byCode.get(v.externalId) : undefined) ?? (v.inn ? ids.byInn.get(v.inn) : undefined);
        const statuses: StatusValues[] = newStatuses.flatMap(({ row, statuses: list }) => {
          const organizationId = idOf(row);
          return organizationId ? list.map((s) => ({ organizationId, kind: s.kind, year: s.year })) : [];
        });
        await this.repo.addStatuses(w, statuses);
      },
    };
  }
}
