import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AgreementEntity } from './agreement.entity';

/** The attached document's bytes, kept apart so listing agreements never loads them. */
@Entity('agreement_file')
export class AgreementFileEntity {
  @PrimaryColumn({ type: 'uuid' }) agreementId!: string;
  @OneToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;
  @Column({ type: 'bytea' }) content!: Buffer;
}
