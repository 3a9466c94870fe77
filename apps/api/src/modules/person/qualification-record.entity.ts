import { QualificationCategory } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from './person.entity';

/**
 * The qualification category history of a person: which category was assigned on which day, by which order, and
 * until when it is valid. The category a person holds on a day is the latest assigned on or before that day that
 * has not expired (`qualification-history.sql.ts`).
 */
@Entity('qualification_record')
@Unique('uq_qualification_record', ['personId', 'category', 'assignedOn'])
@Check('ck_qualification_record_category', `category <> 'NONE'`)
@Check('ck_qualification_record_period', `valid_until IS NULL OR valid_until > assigned_on`)
@Check('ck_qualification_record_assigned', `assigned_on >= DATE '1960-01-01'`)
export class QualificationRecordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: QualificationCategory, enumName: 'qualification_category' }) category!: QualificationCategory;
  @Column({ type: 'date' }) assignedOn!: string;
  /** «Приказ … № …» that assigned it (optional). */
  @Column({ type: 'varchar', length: 200, nullable: true }) orderRef!: string | null;
  @Column({ type: 'date', nullable: true }) validUntil!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
