import { OrganizationKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MunicipalityEntity } from '../territory/municipality.entity';

@Entity('organization')
@Check('ck_organization_inn', `inn IS NULL OR inn ~ '^[0-9]{10}$'`)
@Check('ck_organization_name', `length(btrim(name)) > 0`)
@Check('ck_organization_founded', `founded_year IS NULL OR founded_year BETWEEN 1700 AND 2100`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) municipalityId!: string;
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) shortName!: string | null;
  @Index() @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' }) kind!: OrganizationKind;
  @Index('uq_organization_inn', { unique: true, where: 'inn IS NOT NULL' })
  @Column({ type: 'varchar', length: 10, nullable: true }) inn!: string | null;
  /** Id in the municipality's own registry (import key). */
  @Index('uq_organization_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) address!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) website!: string | null;
  @Column({ type: 'int', nullable: true }) foundedYear!: number | null;
  /** Invented for the demo (not stated in a source programme): shown as «демонстрационные данные». */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
