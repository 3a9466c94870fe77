import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { decimal } from '../../common/database/decimal';

/** A deficit the route addresses: the competence and its score when the route was made (the «before»). */
@Entity('learning_route_competence')
export class LearningRouteCompetenceEntity {
  @PrimaryColumn({ type: 'uuid' }) routeId!: string;
  @ManyToOne(() => LearningRouteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id' })
  route?: LearningRouteEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimal }) baselineScore!: number | null;
}
