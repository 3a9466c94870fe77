import { EventMaterialKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/** A material of an event (scenario, photo report, presentation, …): a link or an uploaded file (bytes apart). */
@Entity('event_material')
@Check('ck_event_material_title', `length(btrim(title)) > 0`)
@Check('ck_event_material_source', `(url IS NULL) <> (file_name IS NULL)`)
@Check('ck_event_material_file', `(file_name IS NULL) = (file_size IS NULL) AND (file_name IS NULL) = (file_type IS NULL)`)
@Check('ck_event_material_url', `url IS NULL OR url ~* '^https?://'`)
export class EventMaterialEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) eventId!: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;
  @Column({ type: 'enum', enum: EventMaterialKind, enumName: 'event_material_kind' }) kind!: EventMaterialKind;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) url!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) fileType!: string | null;
  @Column({ type: 'int', nullable: true }) fileSize!: number | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
