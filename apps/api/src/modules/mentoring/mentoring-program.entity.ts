import { MentoringForm, MentoringModel } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NetworkEntity } from '../network/network.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';

/** A mentoring programme run inside a network or an organisation. */
@Entity('mentoring_program')
@Check('ck_mentoring_program_name', `length(btrim(name)) > 0`)
@Check('ck_mentoring_program_host', `num_nonnulls(organization_id, network_id) = 1`)
@Check('ck_mentoring_program_period', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_mentoring_program_forms', `cardinality(forms) > 0`)
export class MentoringProgramEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'enum', enum: MentoringModel, enumName: 'mentoring_model' }) model!: MentoringModel;
  @Column({ type: 'enum', enum: MentoringForm, enumName: 'mentoring_form', array: true }) forms!: MentoringForm[];
  @Index() @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'uuid', nullable: true }) coordinatorPersonId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coordinator_person_id' })
  coordinatorPerson?: PersonEntity;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ type: 'text', default: '' }) goals!: string;
  @Index('uq_mentoring_program_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
