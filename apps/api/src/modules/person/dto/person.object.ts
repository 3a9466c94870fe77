import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PositionKind, QualificationCategory, YOUNG_TEACHER_MAX_YEARS } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { PersonEntity } from '../person.entity';
import { PositionEntity } from '../position.entity';
import { QualificationRecordEntity } from '../qualification-record.entity';

registerEnumType(PositionKind, { name: 'PositionKind', description: 'Должность' });
registerEnumType(QualificationCategory, { name: 'QualificationCategory', description: 'Квалификационная категория' });

/** Read once: the shared library's re-exported bindings are getters, and `from` runs for every row of a list. */
const YOUNG_MAX_YEARS = YOUNG_TEACHER_MAX_YEARS;

@ObjectType('Person', { description: 'Педагогический работник' })
export class PersonObject {
  @Field(() => ID) id!: string;
  @Field() lastName!: string;
  @Field() firstName!: string;
  @Field(() => String, { nullable: true }) middleName!: string | null;
  @Field({ description: 'Фамилия Имя Отчество' }) fullName!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate!: string | null;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => [String]) subjects!: string[];
  @Field(() => Int, { nullable: true }) experienceYears!: number | null;
  @Field({ description: `Молодой педагог: стаж не больше ${YOUNG_TEACHER_MAX_YEARS} лет` }) isYoungTeacher!: boolean;
  @Field(() => QualificationCategory) qualificationCategory!: QualificationCategory;
  @Field() isMasterTeacher!: boolean;
  @Field({ description: 'Демонстрационные данные: запись придумана для демо, её нет в исходных программах' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: PersonEntity): PersonObject {
    return {
      id: e.id,
      lastName: e.lastName,
      firstName: e.firstName,
      middleName: e.middleName,
      fullName: [e.lastName, e.firstName, e.middleName].filter(Boolean).join(' '),
      birthDate: e.birthDate,
      externalId: e.externalId,
      email: e.email,
      phone: e.phone,
      subjects: e.subjects,
      experienceYears: e.experienceYears,
      isYoungTeacher: e.experienceYears !== null && e.experienceYears <= YOUNG_MAX_YEARS,
      qualificationCategory: e.qualificationCategory,
      isMasterTeacher: e.isMasterTeacher,
      illustrative: e.illustrative,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('Position', { description: 'Должность педагога в организации' })
export class PositionObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => PositionKind) kind!: PositionKind;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field() isMain!: boolean;
  @Field(() => String, { nullable: true, description: 'Работает с (YYYY-MM-DD); null — не известно' }) startedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Работал по (YYYY-MM-DD); null — работает сейчас' }) endedOn!: string | null;

  static from(e: PositionEntity): PositionObject {
    return { id: e.id, personId: e.personId, organizationId: e.organizationId, kind: e.kind, title: e.title, isMain: e.isMain, startedOn: e.startedOn, endedOn: e.endedOn };
  }
}

@ObjectType('QualificationRecord', { description: 'Квалификационная категория педагога: когда присвоена, каким приказом, до какого срока' })
export class QualificationRecordObject {
  @Field(() => ID) id!: string;
  @Field(() => QualificationCategory) category!: QualificationCategory;
  @Field({ description: 'YYYY-MM-DD' }) assignedOn!: string;
  @Field(() => String, { nullable: true }) orderRef!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) validUntil!: string | null;

  static from(e: QualificationRecordEntity): QualificationRecordObject {
    return { id: e.id, category: e.category, assignedOn: e.assignedOn, orderRef: e.orderRef, validUntil: e.validUntil };
  }
}

/**
 * What each field of Person is answered from (`columnsFor`): the row's columns for `from`'s fields, nothing but the id
 * for the fields of `PersonFieldsResolver` (positions from the page's extras or a loader; history and abilities by
 * loaders). A list page reads only the columns its selection needs; a field not listed here reads the whole row.
 */
export const PERSON_FIELD_COLUMNS: Readonly<Record<string, readonly (keyof PersonEntity)[]>> = {
  id: ['id'],
  lastName: ['lastName'],
  firstName: ['firstName'],
  middleName: ['middleName'],
  fullName: ['lastName', 'firstName', 'middleName'],
  birthDate: ['birthDate'],
  externalId: ['externalId'],
  email: ['email'],
  phone: ['phone'],
  subjects: ['subjects'],
  experienceYears: ['experienceYears'],
  isYoungTeacher: ['experienceYears'],
  qualificationCategory: ['qualificationCategory'],
  isMasterTeacher: ['isMasterTeacher'],
  illustrative: ['illustrative'],
  archivedAt: ['archivedAt'],
  positions: [],
  qualificationHistory: [],
  canEdit: [],
};

/**
 * The same for Position (`PositionObject.from`): `organization` is answered by its id (always read), `person` only
 * for staff lists (a page's positions carry none), `personId` is the person's own id.
 */
export const POSITION_FIELD_COLUMNS: Readonly<Record<string, readonly (keyof PositionEntity)[]>> = {
  id: ['id'],
  personId: ['personId'],
  organizationId: ['organizationId'],
  kind: ['kind'],
  title: ['title'],
  isMain: ['isMain'],
  startedOn: ['startedOn'],
  endedOn: ['endedOn'],
  organization: ['organizationId'],
  person: [],
};

export const PersonConnection = ConnectionType(PersonObject, 'Person');
