import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { DocumentEntity } from './document.entity';

/** The attached file's bytes, kept apart so listing documents never loads them. */
@Entity('document_file')
export class DocumentFileEntity {
  @PrimaryColumn({ type: 'uuid' }) documentId!: string;
  @OneToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;
  @Column({ type: 'bytea' }) content!: Buffer;
}
