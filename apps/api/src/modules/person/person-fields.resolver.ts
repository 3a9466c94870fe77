import { ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { FieldContext } from '../../common/graphql/field-context';
import { pageExtrasOf, withPageExtras } from '../../common/graphql/page-extras';
import { AccessScope } from '../../common/auth/access-scope';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { OrganizationObject } from '../organization/dto/organization.object';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonObject, PositionObject, QualificationRecordObject } from './dto/person.object';
import { PersonPageExtras, PersonPrefetch } from './person.repository';
import { PersonService } from './person.service';
import { PositionEntity } from './position.entity';
import { QualificationRecordEntity } from './qualification-record.entity';

/** The scope the gate computed for the operation these fields belong to. */
const scopeOf = (req: GateRequest): AccessScope => req.actor?.scope ?? AccessScope.none();

const positionsLoader = (req: object, people: PersonService) =>
  loaderFor<string, PositionEntity[]>(req, 'person.positions', async (ids) => groupByKeys(ids, await people.positionsOfPeople(ids), (x) => x.personId));

/** Organisations by id as the operation's scope lets the caller see them: null outside it. */
const organizationInScopeLoader = (req: GateRequest, people: PersonService) =>
  loaderFor<string, OrganizationEntity | null>(req, 'organization.inScope', async (ids) =>
    byKeys(ids, await people.organizationsInScope(scopeOf(req), ids), (x) => x.id, null),
  );

/** A position of a people page whose organisations were read by the page's statement: its organisation, or null outside the scope. */
interface PositionPageExtras {
  organization: OrganizationEntity | null;
}

@Resolver(() => PersonObject)
export class PersonFieldsResolver {
  constructor(private readonly people: PersonService) {}

  /**
   * Hands this request's loaders what a page's own statement already read (`PersonRepository.page` with prefetch):
   * the positions of its people and those positions' organisations (null outside the scope), so their fields spend
   * no statement; anything not given is loaded as before. Only whole rows: positions or organisations the page read
   * column by column (`prefetch.positionColumns`, `organizationColumns`) would answer another field of the same
   * operation without the columns it asks for, so that field loads its own.
   */
  prime(req: GateRequest, extras: Map<string, PersonPageExtras>, prefetch: PersonPrefetch = {}): void {
    const positions = !prefetch.positionColumns;
    const organizations = !prefetch.organizationColumns;
    if (!positions && !organizations) return;
    for (const [personId, x] of extras) {
      if (positions) positionsLoader(req, this.people).prime(personId, x.positions);
      if (organizations) for (const [organizationId, o] of x.organizations ?? []) organizationInScopeLoader(req, this.people).prime(organizationId, o);
    }
  }

  // The fields below run once per row: graphql-js's own arguments, no parameter decorators (see `FieldContext`).

  // A person of a page carries what the page's statement read (`pageExtrasOf`): answered synchronously, no loader;
  // with the organisations read too, each position carries its organisation (null outside the scope).

  @ResolveField(() => [PositionObject])
  positions(p: PersonObject, _args: unknown, { req }: FieldContext): PositionObject[] | Promise<PositionObject[]> {
    const primed = pageExtrasOf<PersonPageExtras>(p);
    if (primed) {
      const organizations = primed.organizations;
      if (!organizations) return primed.positions.map(PositionObject.from);
      return primed.positions.map((e) => withPageExtras<PositionObject, PositionPageExtras>(PositionObject.from(e), { organization: organizations.get(e.organizationId) ?? null }));
    }
    return positionsLoader(req, this.people)
      .load(p.id)
      .then((rows) => rows.map(PositionObject.from));
  }

  @ResolveField(() => [QualificationRecordObject], { description: 'История квалификационных категорий, последняя первой' })
  async qualificationHistory(p: PersonObject, _args: unknown, { req }: FieldContext): Promise<QualificationRecordObject[]> {
    const rows = await loaderFor<string, QualificationRecordEntity[]>(req, 'person.qualificationHistory', async (ids) =>
      groupByKeys(ids, await this.people.qualificationsOfPeople(ids), (x) => x.personId),
    ).load(p.id);
    return rows.map(QualificationRecordObject.from);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change, archive and restore this card (rule person.write)' })
  async canEdit(p: PersonObject, _args: unknown, { req }: FieldContext): Promise<boolean> {
    const user = req.user;
    if (!user) return false;
    return loaderFor<string, boolean>(req, 'person.canEdit', async (ids) => {
      const ok = await this.people.editable(user, ids);
      return ids.map((id) => ok.has(id));
    }).load(p.id);
  }
}

@Resolver(() => PositionObject)
export class PositionFieldsResolver {
  constructor(private readonly people: PersonService) {}

  /** Runs once per position of a list: graphql-js's own arguments, no parameter decorators (see `FieldContext`). */
  @ResolveField(() => OrganizationObject, { nullable: true, description: 'Null when the organisation is outside the caller’s scope' })
  organization(p: PositionObject, _args: unknown, { req }: FieldContext): OrganizationObject | null | Promise<OrganizationObject | null> {
    const primed = pageExtrasOf<PositionPageExtras>(p);
    if (primed) return primed.organization ? OrganizationObject.from(primed.organization) : null;
    return organizationInScopeLoader(req, this.people)
      .load(p.organizationId)
      .then((o) => (o ? OrganizationObject.from(o) : null));
  }

  @ResolveField(() => PersonObject, { nullable: true })
  person(p: PositionObject & { person?: PersonObject }): PersonObject | null {
    return p.person ?? null;
  }
}

@Resolver(() => OrganizationObject)
export class OrganizationStaffResolver {
  constructor(private readonly people: PersonService) {}

  @ResolveField(() => [PositionObject], { description: 'Positions held here by people the caller may see' })
  async staff(o: OrganizationObject, _args: unknown, { req }: FieldContext): Promise<(PositionObject & { person: PersonObject })[]> {
    const rows = await loaderFor<string, PositionEntity[]>(req, 'organization.staff', async (ids) =>
      groupByKeys(ids, await this.people.staffOf(scopeOf(req), ids), (x) => x.organizationId),
    ).load(o.id);
    return rows.map((r) => ({ ...PositionObject.from(r), person: PersonObject.from(r.person!) }));
  }
}
