import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StagingSiteEntity } from './staging-site.entity';

/** A modular internship programme of a staging site (004: «рассчитанные на 1-1,5 года обучения»). */
@Entity('internship_program')
@Check('ck_internship_program_title', `length(btrim(title)) > 0`)
@Check('ck_internship_program_months', `min_months >= 1 AND max_months <= 60 AND min_months <= max_months`)
@Check('ck_internship_program_experience', `max_experience_years IS NULL OR max_experience_years BETWEEN 0 AND 60`)
export class InternshipProgramEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) siteId!: string;
  @ManyToOne(() => StagingSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: StagingSiteEntity;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  /** Duration as a range of months (12–18 for «1-1,5 года»). */
  @Column({ type: 'int' }) minMonths!: number;
  @Column({ type: 'int' }) maxMonths!: number;
  /** Who it is for, as written («молодые педагоги со стажем до 3 лет»). */
  @Column({ type: 'varchar', length: 500, default: '' }) audience!: string;
  /** Years of experience at most (3 for young teachers); null — anyone. */
  @Column({ type: 'int', nullable: true }) maxExperienceYears!: number | null;
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_internship_program_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
