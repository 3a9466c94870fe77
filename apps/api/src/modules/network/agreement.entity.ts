import { AgreementKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from './network.entity';

/** Партнёрское соглашение / договор о сетевом взаимодействии between members of a network. */
@Entity('agreement')
@Check('ck_agreement_number', `length(btrim(number)) > 0`)
@Check('ck_agreement_dates', `signed_on <= starts_on AND (ends_on IS NULL OR ends_on >= starts_on)`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) networkId!: string;
  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'varchar', length: 100 }) number!: string;
  @Column({ type: 'enum', enum: AgreementKind, enumName: 'agreement_kind' }) kind!: AgreementKind;
  @Column({ type: 'date' }) signedOn!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'date' }) startsOn!: string;
  @Index() @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Index('uq_agreement_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) fileType!: string | null;
  @Column({ type: 'int', nullable: true }) fileSize!: number | null;
  /** Invented for the demo (not stated in a source programme): shown as «демонстрационные данные». */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
