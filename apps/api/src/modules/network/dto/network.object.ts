import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkEdgeKind, NetworkMemberRole, NetworkMemberStatus, NetworkModel, OrganizationKind } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { NetworkEdgeEntity } from '../network-edge.entity';
import { NetworkMemberEntity } from '../network-member.entity';
import { NetworkEntity } from '../network.entity';

registerEnumType(NetworkModel, { name: 'NetworkModel', description: 'Модель сети' });
registerEnumType(NetworkMemberRole, { name: 'NetworkMemberRole', description: 'Роль участника сети' });
registerEnumType(NetworkMemberStatus, {
  name: 'NetworkMemberStatus',
  description: 'INVITED: приглашена (ещё не участвует); ACCEPTED: участник; DECLINED: отклонила приглашение; LEFT: вышла из сети',
});
registerEnumType(NetworkEdgeKind, { name: 'NetworkEdgeKind', description: 'SUPPORT: поддерживает; CONSULT: консультируется у' });

/** What a network shows of a member organisation: its public name and place, nothing more. */
@ObjectType('NetworkOrganization')
export class NetworkOrganizationObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => OrganizationKind) kind!: OrganizationKind;
  @Field() municipalityName!: string;
  @Field() regionName!: string;
}

@ObjectType('Network', { description: 'Методическая сеть' })
export class NetworkObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => NetworkModel) model!: NetworkModel;
  @Field(() => ID) coordinatorOrganizationId!: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field() goals!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;

  static from(e: NetworkEntity): NetworkObject {
    return {
      id: e.id,
      name: e.name,
      model: e.model,
      coordinatorOrganizationId: e.coordinatorOrganizationId,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      goals: e.goals,
      archivedAt: e.archivedAt,
    };
  }
}

@ObjectType('NetworkMember', { description: 'An organisation in a network; only ACCEPTED members take part in anything' })
export class NetworkMemberObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) networkId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => NetworkMemberRole) role!: NetworkMemberRole;
  @Field(() => Int, { nullable: true, description: '1 = the strongest level (levelled models)' }) level!: number | null;
  @Field(() => NetworkMemberStatus) status!: NetworkMemberStatus;
  @Field(() => Date, { nullable: true, description: 'When the organisation was invited (null: added directly)' }) invitedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the organisation last answered (accepted, declined, left)' }) respondedAt!: Date | null;
  invitedByAccountId!: string | null;
  respondedByAccountId!: string | null;

  static from(e: NetworkMemberEntity): NetworkMemberObject {
    return {
      id: e.id,
      networkId: e.networkId,
      organizationId: e.organizationId,
      role: e.role,
      level: e.level,
      status: e.status,
      invitedAt: e.invitedAt,
      respondedAt: e.respondedAt,
      invitedByAccountId: e.invitedByAccountId,
      respondedByAccountId: e.respondedByAccountId,
    };
  }
}

@ObjectType('NetworkInvitation', { description: 'A pending invitation of an organisation the caller acts for, with what joining shares' })
export class NetworkInvitationObject {
  @Field(() => ID, { description: 'The member row: answer with acceptNetworkInvitation / declineNetworkInvitation' }) memberId!: string;
  @Field(() => ID) networkId!: string;
  @Field() networkName!: string;
  @Field(() => NetworkModel) networkModel!: NetworkModel;
  @Field() networkGoals!: string;
  @Field(() => NetworkMemberRole, { description: 'The role offered' }) role!: NetworkMemberRole;
  @Field(() => Int, { description: 'Organisations already taking part' }) memberCount!: number;
  @Field(() => String, { nullable: true, description: 'Who invited (the account’s display name)' }) invitedByName!: string | null;
  @Field(() => Date, { nullable: true }) invitedAt!: Date | null;
  @Field(() => [String], { description: 'What joining shares, in words' }) shares!: string[];
  coordinatorOrganizationId!: string;
  organizationId!: string;
}

@ObjectType('NetworkEdge')
export class NetworkEdgeObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) fromMemberId!: string;
  @Field(() => ID) toMemberId!: string;
  @Field(() => NetworkEdgeKind) kind!: NetworkEdgeKind;

  static from(e: NetworkEdgeEntity): NetworkEdgeObject {
    return { id: e.id, fromMemberId: e.fromMemberId, toMemberId: e.toMemberId, kind: e.kind };
  }
}

export const NetworkConnection = ConnectionType(NetworkObject, 'Network');
