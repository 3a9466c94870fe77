import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VersionStatus } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { CompetenceAreaEntity } from '../competence-area.entity';
import { CompetenceIndicatorEntity } from '../competence-indicator.entity';
import { CompetenceEntity } from '../competence.entity';
import { CompetencyFrameworkEntity } from '../competency-framework.entity';

registerEnumType(VersionStatus, { name: 'VersionStatus', description: 'DRAFT is edited; PUBLISHED is in use and never changed in place; RETIRED was replaced by a newer version' });

@ObjectType('CompetencyFramework', { description: 'Рамка компетенций: области → компетенции → индикаторы; версия действующей рамки не изменяется' })
export class CompetencyFrameworkObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => VersionStatus) status!: VersionStatus;
  @Field(() => ID, { nullable: true }) previousVersionId!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: CompetencyFrameworkEntity): CompetencyFrameworkObject {
    const { id, code, version, name, description, status, previousVersionId, publishedAt, archivedAt, createdAt } = e;
    return { id, code, version, name, description, status, previousVersionId, publishedAt, archivedAt, createdAt };
  }
}

@ObjectType('CompetenceArea', { description: 'Область компетенций' })
export class CompetenceAreaObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) frameworkId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) position!: number;

  static from(e: CompetenceAreaEntity): CompetenceAreaObject {
    const { id, frameworkId, code, name, position } = e;
    return { id, frameworkId, code, name, position };
  }
}

@ObjectType('Competence', { description: 'Компетенция; её код сохраняется во всех версиях рамки' })
export class CompetenceObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) frameworkId!: string;
  @Field(() => ID) areaId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int) position!: number;

  static from(e: CompetenceEntity): CompetenceObject {
    const { id, frameworkId, areaId, code, name, description, position } = e;
    return { id, frameworkId, areaId, code, name, description, position };
  }
}

@ObjectType('CompetenceIndicator', { description: 'Индикатор (наблюдаемый признак) компетенции' })
export class CompetenceIndicatorObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) competenceId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) position!: number;

  static from(e: CompetenceIndicatorEntity): CompetenceIndicatorObject {
    const { id, competenceId, code, name, position } = e;
    return { id, competenceId, code, name, position };
  }
}

export const CompetencyFrameworkConnection = ConnectionType(CompetencyFrameworkObject, 'CompetencyFramework');
