import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';

/** A sign-in account. A mentor or teacher account is linked to its person. */
@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-case; unique. */
  @Index('uq_account_login', { unique: true }) @Column({ type: 'varchar', length: 200 }) login!: string;
  @Column({ type: 'varchar', length: 300 }) displayName!: string;
  /** argon2id hash. Never leaves the auth module. */
  @Column({ type: 'varchar', length: 300 }) passwordHash!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) personId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
