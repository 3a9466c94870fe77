import { NetworkEdgeKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworkEntity } from './network.entity';

/** A directed link between two members: who supports whom, or who may consult whom. */
@Entity('network_edge')
@Unique('uq_network_edge', ['networkId', 'fromMemberId', 'toMemberId', 'kind'])
@Check('ck_network_edge_not_self', `from_member_id <> to_member_id`)
export class NetworkEdgeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) networkId!: string;
  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'uuid' }) fromMemberId!: string;
  @ManyToOne(() => NetworkMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_member_id' })
  fromMember?: NetworkMemberEntity;
  @Index() @Column({ type: 'uuid' }) toMemberId!: string;
  @ManyToOne(() => NetworkMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_member_id' })
  toMember?: NetworkMemberEntity;
  @Column({ type: 'enum', enum: NetworkEdgeKind, enumName: 'network_edge_kind' }) kind!: NetworkEdgeKind;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
