import { NetworkMemberRole, NetworkMemberStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { NetworkEntity } from './network.entity';

/** An organisation in a network, with its role, (in levelled models) its level, and its consent. */
@Entity('network_member')
@Unique('uq_network_member', ['networkId', 'organizationId'])
@Check('ck_network_member_level', `level IS NULL OR level BETWEEN 1 AND 5`)
export class NetworkMemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) networkId!: string;
  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'enum', enum: NetworkMemberRole, enumName: 'network_member_role' }) role!: NetworkMemberRole;
  @Column({ type: 'int', nullable: true }) level!: number | null;
  /** Only ACCEPTED members take part: see network-membership.sql.ts. */
  @Index()
  @Column({ type: 'enum', enum: NetworkMemberStatus, enumName: 'network_member_status', default: NetworkMemberStatus.ACCEPTED })
  status!: NetworkMemberStatus;
  /** Who invited an organisation outside their reach, and when (null for members added directly). */
  @Column({ type: 'uuid', nullable: true }) invitedByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_account_id' })
  invitedBy?: AccountEntity;
  @Column({ type: 'timestamptz', nullable: true }) invitedAt!: Date | null;
  /** Who answered for the organisation (accepted, declined, left), and when: the last answer; the audit keeps them all. */
  @Column({ type: 'uuid', nullable: true }) respondedByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responded_by_account_id' })
  respondedBy?: AccountEntity;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
