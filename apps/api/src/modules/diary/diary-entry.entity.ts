import { DiaryVisibility } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AssociationEntity } from '../association/association.entity';
import { MentorshipEntity } from '../mentoring/mentorship.entity';
import { PersonEntity } from '../person/person.entity';

/** An entry of «Дневник ПОС»: a participant's reflection in a mentorship or a community. */
@Entity('diary_entry')
@Check('ck_diary_entry_owner', `num_nonnulls(mentorship_id, association_id) = 1`)
@Check('ck_diary_entry_text', `length(btrim(text)) > 0`)
export class DiaryEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) mentorshipId!: string | null;
  @ManyToOne(() => MentorshipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentorship_id' })
  mentorship?: MentorshipEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) associationId!: string | null;
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;
  @Index() @Column({ type: 'uuid' }) authorPersonId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_person_id' })
  author?: PersonEntity;
  @Column({ type: 'date' }) writtenOn!: string;
  @Column({ type: 'text' }) text!: string;
  /** Answers to the reflection prompts, by prompt key. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers!: Record<string, string>;
  @Column({ type: 'enum', enum: DiaryVisibility, enumName: 'diary_visibility', default: DiaryVisibility.PARTICIPANTS }) visibility!: DiaryVisibility;
  @Index('uq_diary_entry_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
