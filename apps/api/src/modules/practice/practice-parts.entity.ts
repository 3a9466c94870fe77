import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { PersonEntity } from '../person/person.entity';
import { PracticeEntity } from './practice.entity';

/** An author of a practice card (a person of the registry), in the order the card names them. */
@Entity('practice_author')
export class PracticeAuthorEntity {
  @PrimaryColumn({ type: 'uuid' }) practiceId!: string;
  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'int', default: 0 }) position!: number;
}

/** A competence (of the competency framework) the practice develops. */
@Entity('practice_competence')
export class PracticeCompetenceEntity {
  @PrimaryColumn({ type: 'uuid' }) practiceId!: string;
  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
}

/** An attachment of a practice card: an uploaded file (bytes apart) or a link. */
@Entity('practice_attachment')
@Check('ck_practice_attachment_title', `length(btrim(title)) > 0`)
@Check('ck_practice_attachment_source', `(url IS NULL) <> (file_name IS NULL)`)
@Check('ck_practice_attachment_file', `(file_name IS NULL) = (file_size IS NULL) AND (file_name IS NULL) = (file_type IS NULL)`)
@Check('ck_practice_attachment_url', `url IS NULL OR url ~* '^https?://'`)
export class PracticeAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) practiceId!: string;
  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) url!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) fileType!: string | null;
  @Column({ type: 'int', nullable: true }) fileSize!: number | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/** The bytes of an attachment, kept apart so listing attachments never loads them. */
@Entity('practice_attachment_file')
export class PracticeAttachmentFileEntity {
  @PrimaryColumn({ type: 'uuid' }) attachmentId!: string;
  @OneToOne(() => PracticeAttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: PracticeAttachmentEntity;
  @Column({ type: 'bytea' }) content!: Buffer;
}
