import { PositionKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from './person.entity';

/**
 * A person's position at an organisation (one person may work at several) and the employment history: when it began
 * and when it ended. A position without `endedOn` is held now; without `startedOn` its start is not known (rows made
 * before the history kept dates).
 */
@Entity('position')
@Unique('uq_position', ['personId', 'organizationId', 'kind'])
@Check('ck_position_period', `ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on`)
@Check('ck_position_dates', `(started_on IS NULL OR started_on >= DATE '1940-01-01') AND (ended_on IS NULL OR ended_on >= DATE '1940-01-01')`)
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
  /** Работает с (employment history); NULL: not known. */
  @Column({ type: 'date', nullable: true }) startedOn!: string | null;
  /** Работал по; NULL: holds the position now. */
  @Index() @Column({ type: 'date', nullable: true }) endedOn!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
