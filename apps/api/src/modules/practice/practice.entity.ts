import { PracticeState } from '@metodset/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { NetworkEntity } from '../network/network.entity';
import { OrganizationEntity } from '../organization/organization.entity';

/**
 * The one text the Russian full-text search reads (the trigger's expression over the row `NEW`): title and tags weigh
 * most, then the problem and the result, then solutions, mechanisms and products.
 */
export const PRACTICE_SEARCH_EXPRESSION =
  `setweight(to_tsvector('russian'::regconfig, coalesce(NEW.title, '') || ' ' || array_to_string(NEW.tags, ' ')), 'A') || ` +
  `setweight(to_tsvector('russian'::regconfig, coalesce(NEW.problem, '') || ' ' || coalesce(NEW.result, '')), 'B') || ` +
  `setweight(to_tsvector('russian'::regconfig, coalesce(NEW.solutions, '') || ' ' || coalesce(NEW.mechanisms, '') || ' ' || coalesce(NEW.products, '')), 'C')`;

/**
 * A practice card (банк практик) in the shape of the Yaroslavl МИП: problem → solutions (способы решения) →
 * interaction mechanisms (механизмы взаимодействия) → products → result. Kept by its organisation; reviewed before it
 * is published to a network (draft → on review → published, or returned with a reason).
 */
@Entity('practice')
@Check('ck_practice_title', `length(btrim(title)) > 0`)
@Check('ck_practice_returned', `(state = 'RETURNED') = (return_reason IS NOT NULL)`)
@Check('ck_practice_network', `state IN ('DRAFT', 'RETURNED') OR network_id IS NOT NULL`)
@Check('ck_practice_tags', `cardinality(tags) <= 20`)
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  /** The network the card is offered to (on review) or published in. */
  @Index() @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: NetworkEntity;
  @Column({ type: 'varchar', length: 500 }) title!: string;
  @Column({ type: 'text', default: '' }) problem!: string;
  @Column({ type: 'text', default: '' }) solutions!: string;
  @Column({ type: 'text', default: '' }) mechanisms!: string;
  /** The «продукты» section in words; the product records themselves link to the card. */
  @Column({ type: 'text', default: '' }) products!: string;
  @Column({ type: 'text', default: '' }) result!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
  @Index() @Column({ type: 'enum', enum: PracticeState, enumName: 'practice_state', default: PracticeState.DRAFT }) state!: PracticeState;
  /** Why the reviewer returned the card (Russian, shown to the authors). */
  @Column({ type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedByAccountId!: string | null;
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_account_id' })
  reviewedBy?: AccountEntity;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  /**
   * Russian full text of the card (`PRACTICE_SEARCH_EXPRESSION`), kept by the trigger `practice_search_vector_tg`
   * the migration makes, with the GIN index `ix_practice_search`. Not a GENERATED column: TypeORM keeps generated
   * expressions in `typeorm_metadata` under the database's name, so every cloned test database would drift.
   */
  @Index('ix_practice_search', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
  /** Invented demo data (not from the programmes). */
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Index('uq_practice_external_id', { unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 100, nullable: true }) externalId!: string | null;
  @Index() @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
