import { DocumentTaskStatus } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DocumentEntity } from './document.entity';

/**
 * A task of an order (пункт приказа): its text, deadline, the responsible as written and as linked people, the status
 * (PLANNED or DONE with the date; OVERDUE is derived) and the result.
 */
@Entity('document_task')
@Check('ck_document_task_text', `length(btrim(text)) > 0`)
@Check('ck_document_task_position', `position >= 1`)
@Check('ck_document_task_done', `(status = 'DONE') = (done_on IS NOT NULL)`)
export class DocumentTaskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) documentId!: string;
  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;
  @Column({ type: 'int' }) position!: number;
  /** The number as written («4.»); empty: numbered by position. */
  @Column({ type: 'varchar', length: 20, default: '' }) number!: string;
  @Column({ type: 'text' }) text!: string;
  @Index() @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  /** «Ответственные» as written («Осиповой Е.В., заместителю директора»). */
  @Column({ type: 'text', default: '' }) responsibleText!: string;
  @Index() @Column({ type: 'enum', enum: DocumentTaskStatus, enumName: 'document_task_status', default: DocumentTaskStatus.PLANNED }) status!: DocumentTaskStatus;
  @Column({ type: 'date', nullable: true }) doneOn!: string | null;
  @Column({ type: 'text', default: '' }) result!: string;
  /** Demo data: the status and the result are invented for the demonstration. */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_document_task_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
