import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination/connection';
import { AuditEntry } from '../audit.repository';

@ObjectType('AuditPerson', { description: 'A person an audit row concerns' })
export class AuditPersonObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Null when the person no longer exists' }) fullName!: string | null;
}

@ObjectType('AuditEntry', { description: 'One row of the audit log (152-ФЗ art. 19)' })
export class AuditEntryObject {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true, description: 'Null for the system and the CLI' }) actorAccountId!: string | null;
  @Field(() => String, { nullable: true }) actorLogin!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true, description: 'The row before the change, as JSON' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'The row after the change (or what was read), as JSON' }) after!: string | null;
  @Field(() => [AuditPersonObject], { description: 'The people whose data the action concerned' }) people!: AuditPersonObject[];

  static from(e: AuditEntry): AuditEntryObject {
    return {
      id: e.id,
      at: e.at,
      actorAccountId: e.accountId,
      actorLogin: e.actorLogin,
      actorName: e.actorName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ? JSON.stringify(e.before) : null,
      after: e.after ? JSON.stringify(e.after) : null,
      people: e.people,
    };
  }
}

export const AuditEntryConnection = ConnectionType(AuditEntryObject, 'AuditEntry');
