import { PositionKind } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from './person.entity';

/** A person's position at an organisation (one person may work at several). */
@Entity('position')
@Unique('uq_position', ['personId', 'organizationId', 'kind'])
export class PositionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Column({ type: 'enum', enum: PositionKind, enumName: 'position_kind' }) kind!: PositionKind;
  /** Free title as in the staff list, e.g. «учитель русского языка и литературы». */
  @Column({ type: 'varchar', length: 300, nullable: true }) title!: string | null;
  @Column({ type: 'boolean', default: true }) isMain!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
