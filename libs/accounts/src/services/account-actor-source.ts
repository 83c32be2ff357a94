import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Actor, ActorSource } from '@app/common';
import { AccountEntity } from '../entities/account.entity.js';
import { TokenService } from './token.service.js';

export function actorOf(account: AccountEntity): Actor {
  return {
    accountId: account.id,
    username: account.username,
    role: account.role,
    regionCode: account.regionCode,
    organizationId: account.organizationId,
    workerId: account.workerId,
    department: account.department,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AccountActorSource extends ActorSource {
  constructor(
    private readonly tokens: TokenService,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
  ) {
    super();
  }

  async fromToken(token: string): Promise<Actor | null> {
    const subject = await this.tokens.subjectOf(token);
    if (!subject || !UUID.test(subject.accountId)) return null;
    const account = await this.accounts.findOneBy({ id: subject.accountId });
    if (!account || account.disabledAt || account.tokenVersion !== subject.version) return null;
    return actorOf(account);
  }
}
