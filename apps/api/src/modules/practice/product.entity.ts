import { ProductKind } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';
import { LearningRouteStepEntity } from '../route/learning-route-step.entity';
import { LearningRouteEntity } from '../route/learning-route.entity';
import { PracticeEntity } from './practice.entity';

/**
 * A methodological product or publication (collection, manual, programme, article, …) of an organisation: the year it
 * came out (and the day when known), a link or a file, the practice card it belongs to and the route (ИОМ) and step it
 * was made on. The products indicator counts these rows (`ProductReader.countProducts`).
 */
@Entity('methodological_product')
@Check('ck_methodological_product_title', `length(btrim(title)) > 0`)
@Check('ck_methodological_product_year', `year BETWEEN 1950 AND 2100`)
@Check('ck_methodological_product_published_on', `published_on IS NULL OR extract(year FROM published_on) = year`)
@Check('ck_methodological_product_step', `route_step_id IS NULL OR route_id IS NOT NULL`)
@Check('ck_methodological_product_file', `(file_name IS NULL) = (file_size IS NULL) AND (file_name IS NULL) = (file_type IS NULL)`)
@Check('ck_methodological_product_url', `url IS NULL OR url ~* '^https?://'`)
export class MethodologicalProductEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'enum', enum: ProductKind, enumName: 'product_kind' }) kind!: ProductKind;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Index() @Column({ type: 'int' }) year!: number;
  @Column({ type: 'date', nullable: true }) publishedOn!: string | null;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) practiceId!: string | null;
  @ManyToOne(() => PracticeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;
  /** The route (ИОМ) the product was made on, and its step. */
  @Index() @Column({ type: 'uuid', nullable: true }) routeId!: string | null;
  @ManyToOne(() => LearningRouteEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'route_id' })
  route?: LearningRouteEntity;
  @Index() @Column({ type: 'uuid', nullable: true }) routeStepId!: string | null;
  @ManyToOne(() => LearningRouteStepEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'route_step_id' })
  routeStep?: LearningRouteStepEntity;
  @Column({ type: 'varchar', length: 1000, nullable: true }) url!: string | null;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) fileType!: string | null;
  @Column({ type: 'int', nullable: true }) fileSize!: number | null;
  /** Invented demo data (not from the programmes). */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_methodological_product_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** An author of a product (a person of the registry), in order. */
@Entity('methodological_product_author')
export class ProductAuthorEntity {
  @PrimaryColumn({ type: 'uuid' }) productId!: string;
  @ManyToOne(() => MethodologicalProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: MethodologicalProductEntity;
  @Index() @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'int', default: 0 }) position!: number;
}

/** The bytes of a product's file, kept apart. */
@Entity('methodological_product_file')
export class ProductFileEntity {
  @PrimaryColumn({ type: 'uuid' }) productId!: string;
  @OneToOne(() => MethodologicalProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: MethodologicalProductEntity;
  @Column({ type: 'bytea' }) content!: Buffer;
}
