import { InternshipTrackKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { InternshipModuleEntity } from './internship-module.entity';
import { InternshipProgramEntity } from './internship-program.entity';

/** An individual or group route through a programme: a named, ordered subset of its modules. */
@Entity('internship_track')
@Check('ck_internship_track_name', `length(btrim(name)) > 0`)
export class InternshipTrackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) programId!: string;
  @ManyToOne(() => InternshipProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: InternshipProgramEntity;
  @Column({ type: 'enum', enum: InternshipTrackKind, enumName: 'internship_track_kind' }) kind!: InternshipTrackKind;
  @Column({ type: 'varchar', length: 500 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('internship_track_module')
@Unique('uq_internship_track_module_position', ['trackId', 'position'])
@Check('ck_internship_track_module_position', `position >= 1`)
export class InternshipTrackModuleEntity {
  @PrimaryColumn({ type: 'uuid' }) trackId!: string;
  @ManyToOne(() => InternshipTrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: InternshipTrackEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => InternshipModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: InternshipModuleEntity;
  @Column({ type: 'int' }) position!: number;
}
