import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AccountEntity } from '@app/accounts';
import { BureauDepartment, Role } from './role.enum.js';

@ObjectType()
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: "A bureau's jurisdiction; the region of an organisation's account" })
  regionCode: string | null;

  @Field(() => BureauDepartment, {
    nullable: true,
    description: 'A bureau’s department: it reviews and pays the subsidies of its fund only; null: one office for both (or not a bureau)',
  })
  department: BureauDepartment | null;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => ID, { nullable: true })
  workerId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the account was disabled (null while it is enabled): its tokens and logins are refused' })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled, as the disabling bureau or administrator wrote it' })
  disabledReason: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken: string;

  @Field(() => Account)
  account: Account;
}

export function toAccount(entity: AccountEntity): Account {
  return {
    id: entity.id,
    username: entity.username,
    role: entity.role,
    regionCode: entity.regionCode,
    department: entity.department,
    organizationId: entity.organizationId,
    workerId: entity.workerId,
    disabledAt: entity.disabledAt,
    disabledReason: entity.disabledReason,
  };
}
