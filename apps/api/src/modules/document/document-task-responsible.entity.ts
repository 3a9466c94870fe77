import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { DocumentTaskEntity } from './document-task.entity';

/** A person responsible for a task of an order, in the order the document lists them. */
@Entity('document_task_responsible')
@Unique('uq_document_task_responsible', ['taskId', 'personId'])
export class DocumentTaskResponsibleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) taskId!: string;
  @ManyToOne(() => DocumentTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: DocumentTaskEntity;
  @Column({ type: 'int', default: 1 }) position!: number;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
}
