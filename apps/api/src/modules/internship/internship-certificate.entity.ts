import { CertificateStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { InternshipProgramEntity } from '../staging/internship-program.entity';
import { InternshipApplicationEntity } from './internship-application.entity';

/**
 * A certificate issued when an intern completes a cohort. What it states is fixed at issue (the holder's name,
 * programme, hours, dates, issuer), so the public verification page shows the document as it was issued.
 * The number «МС-<year>-<serial>» is unique and human-readable; the serial comes from a database sequence.
 */
@Entity('internship_certificate')
@Check('ck_internship_certificate_number', `number ~ '^МС-[0-9]{4}-[0-9]{6}$'`)
@Check('ck_internship_certificate_hours', `hours > 0`)
@Check('ck_internship_certificate_revoked', `(status = 'REVOKED') = (revoked_at IS NOT NULL)`)
@Check('ck_internship_certificate_revoke_reason', `(status = 'REVOKED') = (revoke_reason IS NOT NULL AND length(btrim(revoke_reason)) > 0)`)
export class InternshipCertificateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_internship_certificate_number', { unique: true }) @Column({ type: 'varchar', length: 20 }) number!: string;
  @Index('uq_internship_certificate_application', { unique: true }) @Column({ type: 'uuid' }) applicationId!: string;
  @OneToOne(() => InternshipApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: InternshipApplicationEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @Column({ type: 'varchar', length: 400 }) holderName!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => InternshipProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: InternshipProgramEntity;
  @Column({ type: 'varchar', length: 500 }) programTitle!: string;
  @Column({ type: 'varchar', length: 500 }) siteTitle!: string;
  @Index() @Column({ type: 'uuid' }) issuerOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_organization_id' })
  issuer?: OrganizationEntity;
  @Column({ type: 'varchar', length: 500 }) issuerName!: string;
  @Column({ type: 'numeric', precision: 6, scale: 1 }) hours!: string;
  @Column({ type: 'date' }) startsOn!: string;
  @Column({ type: 'date' }) endsOn!: string;
  @Column({ type: 'date' }) issuedOn!: string;
  @Column({ type: 'text' }) criteria!: string;
  @Column({ type: 'enum', enum: CertificateStatus, enumName: 'certificate_status', default: CertificateStatus.VALID }) status!: CertificateStatus;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  /** Why the certificate was revoked (shown on the public verification page). */
  @Column({ type: 'varchar', length: 2000, nullable: true }) revokeReason!: string | null;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
