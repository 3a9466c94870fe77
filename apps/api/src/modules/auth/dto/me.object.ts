import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoleKind } from '@metodset/shared';
import { SessionUser } from '../../../common/auth/actor';
import { Permission } from '../../../common/auth/permissions';

registerEnumType(RoleKind, { name: 'RoleKind', description: 'Роль учётной записи' });
registerEnumType(Permission, { name: 'Permission', description: 'What an operation needs; the SPA shows pages and actions from the ones the caller holds' });

@ObjectType('RoleGrant', { description: 'A role with the scope it is held in' })
export class RoleGrantObject {
  @Field(() => RoleKind) role!: RoleKind;
  @Field(() => ID, { nullable: true }) regionId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
}

@ObjectType('Me', { description: 'The signed-in account' })
export class MeObject {
  @Field(() => ID) id!: string;
  @Field() login!: string;
  @Field() displayName!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => [RoleGrantObject]) grants!: RoleGrantObject[];

  static from(u: SessionUser): MeObject {
    return { id: u.accountId, login: u.login, displayName: u.displayName, personId: u.personId, grants: u.grants };
  }
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Bearer token for API clients; the SPA uses the HttpOnly cookie set with it' })
  token!: string;
  @Field() expiresAt!: Date;
  @Field(() => MeObject) me!: MeObject;
}
