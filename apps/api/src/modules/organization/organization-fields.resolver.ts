import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationStatusKind } from '@metodset/shared';
import { AccessService } from '../../common/access/access.service';
import { FieldContext } from '../../common/graphql/field-context';
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

  @ResolveField(() => MunicipalityObject)
  async municipality(o: OrganizationObject, _args: unknown, { req }: FieldContext): Promise<MunicipalityObject> {
    const m = await this.municipalityLoader(req).load(o.municipalityId);
    if (!m) throw new Error(`municipality ${o.municipalityId} missing`);
    return MunicipalityObject.from(m);
  }

  @ResolveField(() => [OrganizationStatusObject], { description: 'All statuses, newest year first' })
  async statuses(o: OrganizationObject, _args: unknown, { req }: FieldContext): Promise<OrganizationStatusObject[]> {
    return (await this.loadStatuses(req, o.id)).map(OrganizationStatusObject.from);
  }

  @ResolveField(() => [OrganizationStatusObject], { description: 'The latest year of each status kind' })
  async currentStatuses(o: OrganizationObject, _args: unknown, { req }: FieldContext): Promise<OrganizationStatusObject[]> {
    const latest = new Map<OrganizationStatusKind, OrganizationStatusRow>();
    for (const s of await this.loadStatuses(req, o.id)) if (!latest.has(s.kind)) latest.set(s.kind, s);
    return [...latest.values()].map(OrganizationStatusObject.from);
  }

  @ResolveField(() => Int, { description: 'People (not archived) holding a position here' })
  staffCount(o: OrganizationObject, _args: unknown, { req }: FieldContext): Promise<number> {
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
