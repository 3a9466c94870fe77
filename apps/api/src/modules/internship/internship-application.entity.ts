import { FinalProductStatus, InternshipApplicationSource, InternshipApplicationStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';
import { InternshipCohortEntity } from './internship-cohort.entity';

/**
 * A teacher's application to a cohort (his own, or a nomination by his school). A waitlisted one carries its place
 * in the queue (`waitlist_seq`, increasing; the position shown is its rank). A declined one carries the reason.
 * The final product (a title and a link) is what the master accepts for the completion rule.
 */
@Entity('internship_application')
@Index('uq_internship_application_live', ['cohortId', 'personId'], { unique: true, where: `status IN ('SUBMITTED', 'APPROVED', 'WAITLISTED')` })
@Check('ck_internship_application_decline', `status <> 'DECLINED' OR length(btrim(coalesce(decline_reason, ''))) > 0`)
@Check('ck_internship_application_waitlist', `(status = 'WAITLISTED') = (waitlist_seq IS NOT NULL)`)
@Check('ck_internship_application_nomination', `(source = 'NOMINATION') = (nominated_by_organization_id IS NOT NULL)`)
@Check('ck_internship_application_product_url', `final_product_url IS NULL OR final_product_url ~ '^https?://'`)
export class InternshipApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) cohortId!: string;
  @ManyToOne(() => InternshipCohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: InternshipCohortEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: InternshipApplicationSource, enumName: 'internship_application_source' }) source!: InternshipApplicationSource;
  @Column({ type: 'uuid', nullable: true }) nominatedByOrganizationId!: string | null;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'nominated_by_organization_id' })
  nominatedBy?: OrganizationEntity;
  @Index() @Column({ type: 'enum', enum: InternshipApplicationStatus, enumName: 'internship_application_status', default: InternshipApplicationStatus.SUBMITTED })
  status!: InternshipApplicationStatus;
  @Column({ type: 'bigint', nullable: true }) waitlistSeq!: string | null;
  @Column({ type: 'text', nullable: true }) declineReason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) finalProductTitle!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) finalProductUrl!: string | null;
  @Column({ type: 'enum', enum: FinalProductStatus, enumName: 'final_product_status', default: FinalProductStatus.NONE }) finalProductStatus!: FinalProductStatus;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
