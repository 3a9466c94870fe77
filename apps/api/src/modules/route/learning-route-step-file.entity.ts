import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { LearningRouteStepEntity } from './learning-route-step.entity';

/** The evidence file's bytes, kept apart so listing steps never loads them. */
@Entity('learning_route_step_file')
export class LearningRouteStepFileEntity {
  @PrimaryColumn({ type: 'uuid' }) stepId!: string;
  @OneToOne(() => LearningRouteStepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id' })
  step?: LearningRouteStepEntity;
  @Column({ type: 'bytea' }) content!: Buffer;
}
