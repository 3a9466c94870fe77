import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationStatusKind } from '@metodset/shared';
import { AccessService } from '../../common/access/access.service';
import { FieldContext } from '../../common/graphql/field-context';
import { pageExtrasOf } from '../../common/graphql/page-extras';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { MunicipalityObject } from '../territory/dto/territory.objects';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { TerritoryService } from '../territory/territory.service';
import { OrganizationObject, OrganizationStatusObject } from './dto/organization.object';
import { OrganizationPageExtras, OrganizationStatusRow } from './organization.repository';
import { OrganizationEntity } from './organization.entity';
import { OrganizationService } from './organization.service';

/** Fields of a listed organisation, batched per request (no N+1). */
@Resolver(() => OrganizationObject)
export class OrganizationFieldsResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly territory: TerritoryService,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  private statusesLoader(req: object) {
    return loaderFor<string, OrganizationStatusRow[]>(req, 'organization.statuses', async (ids) =>
      groupByKeys(ids, await this.organizations.statusesOf(ids), (s) => s.organizationId),
    );
  }

  private municipalityLoader(req: object) {
    return loaderFor<string, MunicipalityEntity | null>(req, 'municipality.byId', async (ids) =>
      byKeys(ids, await this.territory.municipalitiesByIds(ids), (x) => x.id, null),
    );
  }

  private staffCountLoader(req: object) {
    return loaderFor<string, number>(req, 'organization.staffCount', async (ids) => {
      const counts = await this.organizations.staffCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /**
   * Hands this request's loaders what a page's own statement already read (`OrganizationRepository.page` with
   * prefetch), so the fields of its rows spend no statement; anything not given is loaded as before.
   */
  prime(req: object, pageRows: OrganizationEntity[], extras: Map<string, OrganizationPageExtras>): void {
    for (const o of pageRows) {
      const x = extras.get(o.id);
      if (!x) continue;
      if (x.statuses) this.statusesLoader(req).prime(o.id, x.statuses);
      if (x.staffCount !== undefined) this.staffCountLoader(req).prime(o.id, x.staffCount);
      if (x.municipality) this.municipalityLoader(req).prime(o.municipalityId, x.municipality);
    }
  }

  private loadStatuses(req: object, id: string): Promise<OrganizationStatusRow[]> {
    return this.statusesLoader(req).load(id);
  }

  // The fields below run once per row: graphql-js's own arguments, no parameter decorators (see `FieldContext`).
  // A row of a page carries what the page's statement read (`pageExtrasOf`): answered synchronously, no loader.

  @ResolveField(() => MunicipalityObject)
  municipality(o: OrganizationObject, _args: unknown, { req }: FieldContext): MunicipalityObject | Promise<MunicipalityObject> {
    const primed = pageExtrasOf<OrganizationPageExtras>(o)?.municipality;
    if (primed) return MunicipalityObject.from(primed);
    return this.municipalityLoader(req)
      .load(o.municipalityId)
      .then((m) => {
        if (!m) throw new Error(`municipality ${o.municipalityId} missing`);
        return MunicipalityObject.from(m);
      });
  }

  @ResolveField(() => [OrganizationStatusObject], { description: 'All statuses, newest year first' })
  statuses(o: OrganizationObject, _args: unknown, { req }: FieldContext): OrganizationStatusObject[] | Promise<OrganizationStatusObject[]> {
    const primed = pageExtrasOf<OrganizationPageExtras>(o)?.statuses;
    if (primed) return primed.map(OrganizationStatusObject.from);
    return this.loadStatuses(req, o.id).then((rows) => rows.map(OrganizationStatusObject.from));
  }

  @ResolveField(() => [OrganizationStatusObject], { description: 'The latest year of each status kind' })
  currentStatuses(o: OrganizationObject, _args: unknown, { req }: FieldContext): OrganizationStatusObject[] | Promise<OrganizationStatusObject[]> {
    const primed = pageExtrasOf<OrganizationPageExtras>(o)?.statuses;
    if (primed) return latestOfEachKind(primed);
    return this.loadStatuses(req, o.id).then(latestOfEachKind);
  }

  @ResolveField(() => Int, { description: 'People (not archived) holding a position here' })
  staffCount(o: OrganizationObject, _args: unknown, { req }: FieldContext): number | Promise<number> {
    const primed = pageExtrasOf<OrganizationPageExtras>(o)?.staffCount;
    if (primed !== undefined) return primed;
    return this.staffCountLoader(req).load(o.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change, archive and restore this organisation (rule organization.write)' })
  async canEdit(o: OrganizationObject, _args: unknown, { req }: FieldContext): Promise<boolean> {
    const user = req.user;
    if (!user) return false;
    return loaderFor<string, boolean>(req, 'organization.canEdit', async (ids) => {
      const ok = await this.access.check(this.uow.reader, user, 'organization.write', ids);
      return ids.map((id) => ok.has(id));
    }).load(o.id);
  }
}

/** The latest year of each status kind (the rows come newest year first). */
function latestOfEachKind(rows: OrganizationStatusRow[]): OrganizationStatusObject[] {
  const latest = new Map<OrganizationStatusKind, OrganizationStatusRow>();
  for (const s of rows) if (!latest.has(s.kind)) latest.set(s.kind, s);
  return [...latest.values()].map(OrganizationStatusObject.from);
}
