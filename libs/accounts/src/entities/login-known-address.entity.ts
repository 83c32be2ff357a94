import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from './account.entity.js';

/** An address an account signed in from successfully: that account is not held back by this address's lock. */
@Entity('login_known_addresses')
export class LoginKnownAddressEntity {
  @ForeignKey(() => AccountEntity, { name: 'fk_login_known_addresses_account', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'account_id', type: 'uuid', primaryKeyConstraintName: 'PK_login_known_addresses' })
  accountId: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_login_known_addresses' })
  address: string;

  @Index('idx_login_known_addresses_last_success_at')
  @Column({ name: 'last_success_at', type: 'timestamptz' })
  lastSuccessAt: Date;
}
