import { NetworkModel } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';

/** Методическая сеть: organisations working together under a model, coordinated by one of them. */
@Entity('network')
@Check('ck_network_name', `length(btrim(name)) > 0`)
@Check('ck_network_period', `ends_on IS NULL OR ends_on >= starts_on`)
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'enum', enum: NetworkModel, enumName: 'network_model' }) model!: NetworkModel;
  @Index() @Column({ type: 'uuid' }) coordinatorOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coordinator_organization_id' })
  coordinatorOrganization?: OrganizationEntity;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'text', default: '' }) goals!: string;
  @Index('uq_network_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
