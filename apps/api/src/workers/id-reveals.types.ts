import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import type { IdNumberReveal as StoredReveal } from '@app/audit';
import { Connection, IsRegionCode, PageArgs, type Role as RoleValue } from '@app/common';
import { REVEAL_PURPOSE_LABELS } from '@app/workers';
import { Role } from '../accounts/role.enum.js';
import { redactPersonalData } from '../logging/redact.js';
import { RevealPurpose } from './worker-enums.js';

@ObjectType({ description: 'The account that revealed a number, as the audit log names it' })
export class RevealingAccount {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field(() => Role)
  role: RoleValue;

  @Field(() => String, { nullable: true, description: 'Its jurisdiction (a bureau account)' })
  regionCode: string | null;
}

@ObjectType({ description: '身份证查看记录: one revealIdNumber, from the audit log; never the number itself' })
export class IdNumberReveal {
  @Field(() => ID, { description: 'The audit entry' })
  id: string;

  @Field()
  revealedAt: Date;

  @Field(() => RevealingAccount, { nullable: true, description: 'Who asked; null only if the account no longer exists' })
  account: RevealingAccount | null;

  @Field(() => RevealPurpose)
  purpose: RevealPurpose;

  @Field({ description: 'The purpose in Chinese, e.g. 社保参保信息核对' })
  purposeLabel: string;

  @Field({ description: 'The note the officer wrote; anything shaped like an ID number or a mobile number in it is masked' })
  note: string;

  @Field(() => ID)
  workerId: string;
}

@ObjectType()
export class IdNumberRevealConnection extends Connection(IdNumberReveal, 'IdNumberReveal') {}

@InputType()
export class IdNumberRevealFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Hukou region of the workers: this region and everything under it (a bureau: inside its jurisdiction, which is the default)',
  })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

@ArgsType()
export class IdNumberRevealsArgs extends PageArgs {
  @Field(() => IdNumberRevealFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdNumberRevealFilterInput)
  filter?: IdNumberRevealFilterInput;
}

export function toIdNumberReveal(stored: StoredReveal): IdNumberReveal {
  const purpose = stored.purpose as RevealPurpose;
  return {
    id: stored.id,
    revealedAt: stored.revealedAt,
    account: stored.account ? { ...stored.account, role: stored.account.role as RoleValue } : null,
    purpose,
    purposeLabel: REVEAL_PURPOSE_LABELS[purpose] ?? purpose,
    // An officer may have typed the number into the note; the log shown to colleagues must not carry it.
    note: redactPersonalData(stored.note),
    workerId: stored.workerId,
  };
}
