import { QualificationCategory } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Педагогический работник. */
@Entity('person')
@Check('ck_person_experience', `experience_years IS NULL OR experience_years BETWEEN 0 AND 70`)
@Check('ck_person_names', `length(btrim(last_name)) > 0 AND length(btrim(first_name)) > 0`)
/** `ix_person_name_order` (the list's default order) is an expression index kept by the ApiSpeed migration. */
@Index('ix_person_name_order', { synchronize: false })
@Check('ck_person_snils', `snils IS NULL OR snils ~ '^[0-9]{11}$'`)
@Check('ck_person_birth_date', `birth_date IS NULL OR birth_date BETWEEN DATE '1920-01-01' AND DATE '2015-01-01'`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'varchar', length: 100 }) lastName!: string;
  @Column({ type: 'varchar', length: 100 }) firstName!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) middleName!: string | null;
  @Column({ type: 'date', nullable: true }) birthDate!: string | null;
  @Index('uq_person_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index('uq_person_email', { unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  /** СНИЛС, 11 digits without separators (links a sign-in through the region's identity provider). */
  @Index('uq_person_snils', { unique: true, where: 'snils IS NOT NULL' })
  @Column({ type: 'varchar', length: 11, nullable: true }) snils!: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) phone!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) subjects!: string[];
  @Column({ type: 'int', nullable: true }) experienceYears!: number | null;
  @Column({ type: 'enum', enum: QualificationCategory, enumName: 'qualification_category', default: QualificationCategory.NONE })
  qualificationCategory!: QualificationCategory;
  /** «Педагог-мастер» (Timashevsk staging sites). */
  @Column({ type: 'boolean', default: false }) isMasterTeacher!: boolean;
  /** Invented for the demo (not stated in a source programme): shown as «демонстрационные данные». */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
