import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { ORGANIZATION_COLUMNS, OrganizationColumn } from './columns';
import { ImportPlan, NOT_FOUND_OR_NOT_YOURS, sameValues } from './import-plan';
import { Sheet } from './parse/sheet';
import { ExistingOrganization, OrganizationValues, RegistryImportRepository } from './registry-import.repository';
import { duplicates, readInTurns, readOrganizations, RowError } from './rows';

const H = Object.fromEntries(ORGANIZATION_COLUMNS.map((c) => [c.key, c.header])) as Record<OrganizationColumn, string>;
const OUT_OF_SCOPE = 'Муниципалитет вне вашей зоны ответственности';
const COMPARED = ['municipalityId', 'name', 'shortName', 'kind', 'inn', 'externalId', 'address', 'email', 'website'] as const;

/** Organisations: keyed by «Код», else by «ИНН». */
@Injectable()
export class OrganizationsImporter {
  constructor(private readonly repo: RegistryImportRepository) {}

  async plan(m: EntityManager, scope: AccessScope, sheet: Sheet, index: Map<OrganizationColumn, number>): Promise<ImportPlan> {
    const parsed = await readInTurns(sheet, (slice) => readOrganizations(slice, index));
    const errors: RowError[] = [...parsed.errors];
    const bad = new Set<number>();
    const fail = (e: RowError) => {
      errors.push(e);
      bad.add(e.line);
    };
    duplicates(parsed.rows, (r) => r.externalId, H.externalId, 'Этот код').forEach(fail);
    duplicates(parsed.rows, (r) => r.inn, H.inn, 'Этот ИНН').forEach(fail);

    const municipalities = await this.repo.municipalitiesByNames(m, scope, [...new Set(parsed.rows.map((r) => r.municipality))]);
    const existing = await this.repo.organizationsByKeys(
      m,
      scope,
      parsed.rows.flatMap((r) => (r.externalId ? [r.externalId] : [])),
      parsed.rows.flatMap((r) => (r.inn ? [r.inn] : [])),
    );
    const byCode = new Map(existing.filter((o) => o.externalId).map((o) => [o.externalId as string, o]));
    const byInn = new Map(existing.filter((o) => o.inn).map((o) => [o.inn as string, o]));

    const inserts: OrganizationValues[] = [];
    const updates: OrganizationValues[] = [];
    const matchedAt = new Map<string, number>();
    let unchanged = 0;
    for (const r of parsed.rows) {
      if (bad.has(r.line)) continue;
      const candidates = municipalities.filter((x) => x.name.toLowerCase() === r.municipality.toLowerCase());
      const municipality = candidates.find((x) => x.inScope);
      if (!municipality) {
        fail({ line: r.line, column: H.municipality, message: candidates.length ? OUT_OF_SCOPE : `Муниципалитет «${r.municipality}» не найден` });
        continue;
      }
      let match: ExistingOrganization | undefined = r.externalId ? byCode.get(r.externalId) : undefined;
      const holder = r.inn ? byInn.get(r.inn) : undefined;
      // A key held outside the scope: one neutral answer, naming nothing there.
      if (match && !match.inScope) {
        fail({ line: r.line, column: H.externalId, message: NOT_FOUND_OR_NOT_YOURS });
        continue;
      }
      if (holder && !holder.inScope && holder.id !== match?.id) {
        fail({ line: r.line, column: H.inn, message: NOT_FOUND_OR_NOT_YOURS });
        continue;
      }
      if (!match && holder) {
        if (r.externalId && holder.externalId) {
          fail({ line: r.line, column: H.inn, message: `Этот ИНН уже у организации с кодом «${holder.externalId}»` });
          continue;
        }
        match = holder;
      } else if (match && holder && holder.id !== match.id) {
        fail({ line: r.line, column: H.inn, message: `Этот ИНН уже у другой организации: «${holder.name}»` });
        continue;
      }
      if (match) {
        const seen = matchedAt.get(match.id);
        if (seen !== undefined) {
          fail({ line: r.line, column: null, message: `Эта организация уже встречается в строке ${seen}` });
          continue;
        }
        matchedAt.set(match.id, r.line);
      }
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
      if (!match) inserts.push(values);
      else if (sameValues<OrganizationValues>(values, match, COMPARED)) unchanged++;
      else updates.push(values);
    }
    return {
      total: parsed.total,
      errors,
      created: inserts.length,
      updated: updates.length,
      unchanged,
      write: async (w) => {
        await this.repo.updateOrganizations(w, updates);
        await this.repo.insertOrganizations(w, inserts);
      },
    };
  }
}
