import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A meeting of the coordination council of the plan's owner (004: the council meets four times a year). */
@Entity('council_meeting')
@Check('ck_council_meeting_agenda', `cardinality(agenda) > 0`)
export class CouncilMeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) planId!: string;
  @Column({ type: 'date' }) heldOn!: string;
  /** Agenda items in order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) agenda!: string[];
  @Column({ type: 'boolean', default: false }) illustrative!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** A decision of a council meeting; one action turns it into a plan item linked back here. */
@Entity('council_decision')
@Check('ck_council_decision_text', `length(btrim(text)) > 0`)
export class CouncilDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) meetingId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'text' }) text!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) planItemId!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
