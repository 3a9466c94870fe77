import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AccountEntity } from './account.entity';

/**
 * An account's identity at an external OpenID Connect provider (the region's gateway to ЕСИА): the provider's
 * issuer and its stable subject. Made on the first sign-in by the linking rule, used as it is afterwards.
 */
@Entity('account_identity')
@Unique('uq_account_identity_subject', ['issuer', 'subject'])
@Unique('uq_account_identity_account', ['issuer', 'accountId'])
export class AccountIdentityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
  @Column({ type: 'varchar', length: 300 }) issuer!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  /** The claim that linked it: 'snils' or 'email'. */
  @Column({ type: 'varchar', length: 20 }) linkedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
}
