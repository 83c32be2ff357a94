import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum ThrottleScope {
  /** Keyed by the normalised user name, known or not, so a lock never tells whether the name exists. */
  ACCOUNT = 'ACCOUNT',
  /** Keyed by the client address (IPv6 by its /64). */
  ADDRESS = 'ADDRESS',
}

/** Failed sign-ins counted per account name and per client address (see login-throttle.policy.ts for the rules). */
@Entity('login_throttles')
@Check('ck_login_throttles_scope', `"scope" IN ('ACCOUNT', 'ADDRESS')`)
@Check('ck_login_throttles_failures', '"failures" >= 0')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_login_throttles' })
  scope: ThrottleScope;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'PK_login_throttles' })
  key: string;

  /** Failures in a row (an attempt counts from the moment it is let through until it succeeds). */
  @Column({ type: 'integer' })
  failures: number;

  @Index('idx_login_throttles_last_failure_at')
  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;

  /** No attempt is checked before this moment. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
