import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind, OrganizationStatusKind } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import type { OrganizationStatusRow } from '../organization.repository';
import { OrganizationEntity } from '../organization.entity';

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'Вид организации' });
registerEnumType(OrganizationStatusKind, { name: 'OrganizationStatusKind', description: 'Статус организации (НОР, НСУ, ВОР, площадки…)' });

@ObjectType('OrganizationStatus', { description: 'A status held in a year, with its source' })
export class OrganizationStatusObject {
  @Field(() => ID) id!: string;
  @Field(() => OrganizationStatusKind) kind!: OrganizationStatusKind;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => ID, { nullable: true, description: 'Set when the status follows from this live staging site (not entered by hand)' }) siteId!: string | null;

  static from(e: OrganizationStatusRow): OrganizationStatusObject {
    return { id: e.id, kind: e.kind, year: e.year, source: e.source, siteId: e.siteId };
  }
}

@ObjectType('Organization', { description: 'Образовательная или методическая организация' })
export class OrganizationObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => OrganizationKind) kind!: OrganizationKind;
  @Field(() => String, { nullable: true }) inn!: string | null;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => Int, { nullable: true }) foundedYear!: number | null;
  @Field({ description: 'Демонстрационные данные: запись придумана для демо, её нет в исходных программах' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;

  static from(e: OrganizationEntity): OrganizationObject {
    return {
      id: e.id,
      municipalityId: e.municipalityId,
      name: e.name,
      shortName: e.shortName,
      kind: e.kind,
      inn: e.inn,
      externalId: e.externalId,
      address: e.address,
      email: e.email,
      website: e.website,
      foundedYear: e.foundedYear,
      illustrative: e.illustrative,
      archivedAt: e.archivedAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  }
}

/**
 * What each field of Organization is answered from (`columnsFor`): its own column for `from`'s fields; for the fields
 * of `OrganizationFieldsResolver`, the municipality's id or nothing but the id (page extras, loaders). A selection
 * with a field not listed here (another domain's resolver: staff, former municipalities) reads the whole row.
 */
export const ORGANIZATION_FIELD_COLUMNS: Readonly<Record<string, readonly (keyof OrganizationEntity)[]>> = {
  ...Object.fromEntries(
    (['id', 'municipalityId', 'name', 'shortName', 'kind', 'inn', 'externalId', 'address', 'email', 'website', 'foundedYear', 'illustrative', 'archivedAt', 'createdAt', 'updatedAt'] as const).map(
      (k) => [k, [k]],
    ),
  ),
  municipality: ['municipalityId'],
  statuses: [],
  currentStatuses: [],
  staffCount: [],
  canEdit: [],
};

export const OrganizationConnection = ConnectionType(OrganizationObject, 'Organization');
