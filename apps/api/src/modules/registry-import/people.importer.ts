import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { PERSON_COLUMNS, PersonColumn } from './columns';
import { innError } from '@metodset/shared';
import { ErrorList, ImportPlan, NOT_FOUND_OR_NOT_YOURS, sameValues } from './import-plan';
import { Sheet } from './parse/sheet';
import { ExistingPerson, OrganizationRef, PersonValues, PositionValues, RegistryImportRepository } from './registry-import.repository';
import { duplicates, personKey, PersonRow, readInTurns, readPeople, ROWS_PER_TURN, yieldToLoop } from './rows';

const H = Object.fromEntries(PERSON_COLUMNS.map((c) => [c.key, c.header])) as Record<PersonColumn, string>;
const COMPARED = ['externalId', 'lastName', 'firstName', 'middleName', 'birthDate', 'email', 'phone', 'subjects', 'experienceYears', 'qualificationCategory'] as const;

/** People and their position: keyed by «Код», else by ФИО + дата рождения. */
@Injectable()
export class PeopleImporter {
  constructor(private readonly repo: RegistryImportRepository) {}

  private async organizations(m: EntityManager, scope: AccessScope, rows: PersonRow[]): Promise<(ref: string) => OrganizationRef | undefined> {
    const refs = await this.repo.organizationsByRefs(m, scope, [...new Set(rows.map((r) => r.organization))]);
    const byInn = new Map(refs.filter((o) => o.inn).map((o) => [o.inn as string, o]));
    const byCode = new Map(refs.filter((o) => o.externalId).map((o) => [o.externalId as string, o]));
    return (ref) => byInn.get(ref) ?? byCode.get(ref);
  }

  private async existing(m: EntityManager, scope: AccessScope, rows: PersonRow[]): Promise<Map<string, ExistingPerson[]>> {
    const [byCode, byName] = await Promise.all([
      this.repo.peopleByExternalIds(m, scope, rows.flatMap((r) => (r.externalId ? [r.externalId] : []))),
      this.repo.peopleByNames(
        m,
        scope,
        rows.flatMap((r) => (!r.externalId && r.birthDate ? [{ lastName: r.lastName, firstName: r.firstName, middleName: r.middleName, birthDate: r.birthDate }] : [])),
      ),
    ]);
    const found = new Map<string, ExistingPerson[]>();
    const add = (k: string, p: ExistingPerson) => found.set(k, [...(found.get(k) ?? []), p]);
    byCode.forEach((p) => add(personKey(p), p));
    byName.forEach((p) => add(personKey({ ...p, externalId: null }), p));
    return found;
  }

  /** Why a reference to an organisation finds nothing: an ИНН of the wrong length or check digit, or nothing there. */
  private static organizationMissing(ref: string): string {
    const digits = /^\d+$/.test(ref);
    if (digits && ref.length === 10 && innError(ref)) return `${innError(ref)}: проверьте ИНН организации «${ref}»`;
    if (digits && [9, 11, 12].includes(ref.length)) return `${innError(ref)}: проверьте ИНН организации «${ref}»`;
    // Missing and out of scope read the same: whether an organisation exists elsewhere is not told.
    return `Организация «${ref}» не найдена или вне вашей зоны ответственности`;
  }

  async plan(m: EntityManager, scope: AccessScope, sheet: Sheet, index: Map<PersonColumn, number>): Promise<ImportPlan> {
    const parsed = await readInTurns(sheet, (slice) => readPeople(slice, index));
    const errors = new ErrorList(parsed.errors);
    const named = parsed.rows.filter((r) => !r.externalId && r.lastName && r.firstName && r.birthDate);
    duplicates(parsed.rows.filter((r) => r.externalId), (r) => r.externalId, H.externalId, 'Этот код').forEach((e) => errors.add(e));
    duplicates(named, personKey, H.lastName, 'Педагог с такими ФИО и датой рождения').forEach((e) => errors.add(e));
    duplicates(parsed.rows, (r) => r.email, H.email, 'Этот адрес почты').forEach((e) => errors.add(e));

    const keyed = parsed.rows.filter((r) => r.externalId || (r.lastName && r.firstName && r.birthDate));
    const organizationOf = await this.organizations(m, scope, parsed.rows.filter((r) => r.organization));
    const existing = await this.existing(m, scope, keyed);
    const emails = await this.repo.emailOwners(m, scope, parsed.rows.flatMap((r) => (r.email ? [r.email] : [])));
    const matchedIds = [...existing.values()].flatMap((ps) => ps.map((p) => p.id));
    const positions = new Map((await this.repo.positionsOf(m, matchedIds)).map((p) => [`${p.personId}|${p.organizationId}|${p.kind}`, p]));

    const inserts: PersonValues[] = [];
    const updates: PersonValues[] = [];
    const toPosition: PositionValues[] = [];
    let unchanged = 0;
    let seen = 0;
    for (const r of parsed.rows) {
      if (++seen % ROWS_PER_TURN === 0) await yieldToLoop();
      // Every check runs for every row, so a row with several problems lists them all at once.
      const org = r.organization ? organizationOf(r.organization) : undefined;
      if (r.organization && (!org || !org.inScope)) errors.add({ line: r.line, column: H.organization, message: PeopleImporter.organizationMissing(r.organization) });
      const found = existing.get(personKey(r)) ?? [];
      const matches = found.filter((p) => p.inScope);
      let matched = true;
      if (!matches.length && found.length) {
        errors.add({ line: r.line, column: r.externalId ? H.externalId : H.lastName, message: NOT_FOUND_OR_NOT_YOURS });
        matched = false;
      } else if (matches.length > 1) {
        errors.add({ line: r.line, column: H.lastName, message: 'В реестре несколько педагогов с такими ФИО и датой рождения: укажите код' });
        matched = false;
      }
      const match = matched ? matches[0] : undefined;
      const owner = matched && r.email ? emails.get(r.email) : undefined;
      if (owner && owner.id !== match?.id) {
        errors.add({ line: r.line, column: H.email, message: owner.inScope ? 'Этот адрес почты уже у другого педагога' : NOT_FOUND_OR_NOT_YOURS });
      }
      if (errors.has(r.line) || !org || !matched) continue;
      const values: PersonValues = {
        id: match?.id ?? randomUUID(),
        externalId: r.externalId ?? match?.externalId ?? null,
        lastName: r.lastName,
        firstName: r.firstName,
        middleName: r.middleName,
        birthDate: r.birthDate ?? match?.birthDate ?? null,
        email: r.email,
        phone: r.phone,
        subjects: r.subjects,
        experienceYears: r.experienceYears,
        qualificationCategory: r.qualificationCategory,
      };
      const position: PositionValues = { personId: values.id, organizationId: org.id, kind: r.positionKind, title: r.positionTitle };
      const held = positions.get(`${values.id}|${org.id}|${r.positionKind}`);
      if (!match) inserts.push(values);
      else if (sameValues<PersonValues>(values, match, COMPARED) && held && held.title === position.title) unchanged++;
      else updates.push(values);
      if (!held || held.title !== position.title) toPosition.push(position);
    }
    return {
      total: parsed.total,
      errors: errors.errors,
      created: inserts.length,
      updated: updates.length,
      unchanged,
      write: async (w) => {
        await this.repo.updatePeople(w, updates);
        await this.repo.insertPeople(w, inserts);
        await this.repo.upsertPositions(w, toPosition);
      },
    };
  }
}
