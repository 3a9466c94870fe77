import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { EventMaterialEntity } from './event-material.entity';

/** The bytes of an uploaded material, kept apart so listing materials never loads them. */
@Entity('event_material_file')
export class EventMaterialFileEntity {
  @PrimaryColumn({ type: 'uuid' }) materialId!: string;
  @OneToOne(() => EventMaterialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'material_id' })
  material?: EventMaterialEntity;
  @Column({ type: 'bytea' }) content!: Buffer;
}
