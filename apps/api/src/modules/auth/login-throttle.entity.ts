import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in counters, shared by every API instance: one row per account login (`ACCOUNT`) and per client address
 * (`ADDRESS`). An attempt is reserved here, in one statement, before its password is checked.
 */
@Entity('login_throttle')
@Check('ck_login_throttle_kind', `kind IN ('ACCOUNT', 'ADDRESS')`)
@Check('ck_login_throttle_failures', 'failures >= 0')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 }) kind!: 'ACCOUNT' | 'ADDRESS';
  /** The login as typed (lower-case) or the client address. */
  @PrimaryColumn({ type: 'varchar', length: 200 }) key!: string;
  /** Failed attempts (and those in flight) since the last success (account) or within the window (address). */
  @Column({ type: 'int', default: 0 }) failures!: number;
  /** The address window's start. */
  @Column({ type: 'timestamptz', default: () => 'now()' }) windowStartedAt!: Date;
  /** Until then every attempt on the account is refused (the growing delay). */
  @Column({ type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
