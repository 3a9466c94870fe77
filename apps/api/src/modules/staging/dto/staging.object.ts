import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InternshipTrackKind, ModuleFormat, StagingSiteKind, StagingSiteLevel, StagingSiteState } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { InternshipModuleEntity } from '../internship-module.entity';
import { InternshipProgramEntity } from '../internship-program.entity';
import { InternshipTrackEntity } from '../internship-track.entity';
import { StagingSiteEntity } from '../staging-site.entity';
import { siteState } from '../staging-state';

registerEnumType(StagingSiteKind, { name: 'StagingSiteKind', description: 'Стажировочная, опорная или инновационная площадка' });
registerEnumType(StagingSiteLevel, { name: 'StagingSiteLevel', description: 'Муниципальная или региональная' });
registerEnumType(StagingSiteState, { name: 'StagingSiteState', description: 'Ещё не начала работу, действует, срок истёк' });
registerEnumType(ModuleFormat, { name: 'ModuleFormat', description: 'Очно, дистанционно, смешанный формат' });
registerEnumType(InternshipTrackKind, { name: 'InternshipTrackKind', description: 'Индивидуальный или групповой маршрут' });

@ObjectType('StagingSite', { description: 'Стажировочная (опорная, инновационная) площадка на базе организации' })
export class StagingSiteObject {
  @Field(() => ID) id!: string;
  @Field(() => StagingSiteKind) kind!: StagingSiteKind;
  @Field(() => StagingSiteLevel) level!: StagingSiteLevel;
  @Field(() => ID, { description: 'The host organisation' }) organizationId!: string;
  @Field() theme!: string;
  @Field() description!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => String, { nullable: true, description: 'Number of the order that set the site up' }) orderNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Date of that order, as written' }) orderDate!: string | null;
  @Field(() => StagingSiteState, { description: 'By the period and today: a site past its end date is EXPIRED' }) state!: StagingSiteState;
  @Field({ description: 'Демонстрационные данные: запись придумана для демо, её нет в исходных программах' }) illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  /** Kept for field resolvers; people are exposed through `head`/`masters` (audited). */
  headPersonId!: string | null;

  static from(e: StagingSiteEntity, today = new Date()): StagingSiteObject {
    return {
      id: e.id,
      kind: e.kind,
      level: e.level,
      organizationId: e.organizationId,
      theme: e.theme,
      description: e.description,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      orderNumber: e.orderNumber,
      orderDate: e.orderDate,
      state: siteState(e.startsOn, e.endsOn, today),
      illustrative: e.illustrative,
      archivedAt: e.archivedAt,
      headPersonId: e.headPersonId,
    };
  }
}

@ObjectType('StagingSiteHost', { description: 'The host organisation as the catalogue shows it' })
export class StagingSiteHostObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => ID) municipalityId!: string;
  @Field() municipalityName!: string;
}

@ObjectType('StagingSitePerson', { description: 'The head or a master («педагог-мастер») of a site' })
export class StagingSitePersonObject {
  @Field(() => ID) personId!: string;
  @Field({ description: 'The person holds «педагог-мастер»' }) isMasterTeacher!: boolean;
}

@ObjectType('InternshipProgram', { description: 'Модульная программа стажировки' })
export class InternshipProgramObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) siteId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int, { description: 'Duration: at least, in months' }) minMonths!: number;
  @Field(() => Int, { description: 'Duration: at most, in months' }) maxMonths!: number;
  @Field() audience!: string;
  @Field(() => Int, { nullable: true, description: 'For teachers with at most this many years of experience' }) maxExperienceYears!: number | null;
  @Field() illustrative!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: InternshipProgramEntity): InternshipProgramObject {
    return {
      id: e.id,
      siteId: e.siteId,
      title: e.title,
      description: e.description,
      minMonths: e.minMonths,
      maxMonths: e.maxMonths,
      audience: e.audience,
      maxExperienceYears: e.maxExperienceYears,
      illustrative: e.illustrative,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('InternshipModule', { description: 'Модуль программы стажировки' })
export class InternshipModuleObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => Int) position!: number;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) hours!: number;
  @Field(() => ModuleFormat) format!: ModuleFormat;
  @Field() audience!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: InternshipModuleEntity): InternshipModuleObject {
    return {
      id: e.id,
      programId: e.programId,
      position: e.position,
      title: e.title,
      description: e.description,
      hours: e.hours,
      format: e.format,
      audience: e.audience,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('InternshipTrack', { description: 'Индивидуальный или групповой маршрут по модулям программы' })
export class InternshipTrackObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => InternshipTrackKind) kind!: InternshipTrackKind;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: InternshipTrackEntity): InternshipTrackObject {
    return { id: e.id, programId: e.programId, kind: e.kind, name: e.name, description: e.description, archivedAt: e.archivedAt };
  }
}

export const StagingSiteConnection = ConnectionType(StagingSiteObject, 'StagingSite');
