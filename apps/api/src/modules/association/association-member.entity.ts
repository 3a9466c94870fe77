import { AssociationRole } from '@metodset/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { AssociationEntity } from './association.entity';

@Entity('association_member')
@Unique('uq_association_member', ['associationId', 'personId'])
export class AssociationMemberEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) associationId!: string;
  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;
  @Index() @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
  @Column({ type: 'enum', enum: AssociationRole, enumName: 'association_role' }) role!: AssociationRole;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
