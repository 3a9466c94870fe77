import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetenceEntity } from '../competence/competence.entity';
import { PersonEntity } from '../person/person.entity';
import { StagingSiteEntity } from './staging-site.entity';

/** A competence the site develops. */
@Entity('staging_site_competence')
export class StagingSiteCompetenceEntity {
  @PrimaryColumn({ type: 'uuid' }) siteId!: string;
  @ManyToOne(() => StagingSiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: StagingSiteEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) competenceId!: string;
  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id' })
  competence?: CompetenceEntity;
}

/** A master («педагог-мастер») of the site's working group. */
@Entity('staging_site_master')
export class StagingSiteMasterEntity {
  @PrimaryColumn({ type: 'uuid' }) siteId!: string;
  @ManyToOne(() => StagingSiteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id' })
  site?: StagingSiteEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
}
