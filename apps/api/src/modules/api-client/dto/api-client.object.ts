import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { ApiClientRow, ApiClientSecretRow } from '../api-client.repository';

registerEnumType(ApiClientScopeKind, { name: 'ApiClientScopeKind', description: 'Область доступа API-клиента' });
registerEnumType(ApiClientDomain, { name: 'ApiClientDomain', description: 'Раздел API' });
registerEnumType(ApiClientAccess, { name: 'ApiClientAccess', description: 'Чтение или чтение и запись' });

@ObjectType('ApiClientPermission')
export class ApiClientPermissionObject {
  @Field(() => ApiClientDomain) domain!: ApiClientDomain;
  @Field(() => ApiClientAccess) access!: ApiClientAccess;
}

@ObjectType('ApiClientSecret', { description: 'A secret of a client: its public prefix and dates; the secret itself is shown only when issued' })
export class ApiClientSecretObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'The public part that starts the secret: mdsk_<prefix>_…' }) prefix!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field({ description: 'Accepted now' }) active!: boolean;

  static from(r: ApiClientSecretRow): ApiClientSecretObject {
    return Object.assign(new ApiClientSecretObject(), r);
  }
}

@ObjectType('ApiClient')
export class ApiClientObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ApiClientScopeKind) scopeKind!: ApiClientScopeKind;
  @Field(() => ID) scopeId!: string;
  @Field({ description: 'The region, municipality or organisation by name' }) scopeName!: string;
  @Field({ description: 'The admin who keeps the client' }) ownerName!: string;
  @Field(() => [ApiClientPermissionObject]) permissions!: ApiClientPermissionObject[];
  @Field(() => String, { nullable: true, description: 'Last day the client works (inclusive)' }) expiresOn!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Last request with any of its secrets' }) lastUsedAt!: Date | null;
  @Field(() => [ApiClientSecretObject], { description: 'Secrets, newest first' }) secrets!: ApiClientSecretObject[];

  static from(r: ApiClientRow): ApiClientObject {
    return Object.assign(new ApiClientObject(), { ...r, secrets: r.secrets.map(ApiClientSecretObject.from) });
  }
}

@ObjectType('IssuedApiClientSecret', { description: 'A new secret, shown this once: Metodset keeps only its hash' })
export class IssuedApiClientSecretObject {
  @Field(() => ApiClientObject) client!: ApiClientObject;
  @Field({ description: 'Send it as `Authorization: Bearer <secret>`' }) secret!: string;
}

export const ApiClientConnection = ConnectionType(ApiClientObject, 'ApiClientConnection');
