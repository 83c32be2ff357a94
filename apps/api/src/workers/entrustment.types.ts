import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Connection, IsCalendarDate, PageArgs } from '@app/common';
import type { WorkerEntrustmentEntity } from '@app/workers';
import { Organization } from '../organizations/organization.type.js';
import { ConsentKind, EntrustmentStatus } from './worker-enums.js';
import { Worker } from './worker.type.js';

@ObjectType({
  description:
    'A worker entrusted by the bureau of their hukou to a verified agency for organised export (委托); in force only with the worker’s consent (PIPL Art. 23)',
})
export class Entrustment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => Worker, { nullable: true, description: 'Null when you may not see the worker (the one worker check)' })
  worker: Worker | null;

  @Field(() => ID)
  agencyId: string;

  @Field(() => Organization, { nullable: true })
  agency: Organization | null;

  @Field(() => EntrustmentStatus)
  status: EntrustmentStatus;

  @Field(() => ConsentKind, { nullable: true, description: 'How the worker consented; null while waiting' })
  consentKind: ConsentKind | null;

  @Field(() => String, { nullable: true, description: 'SIGNED_PAPER: the date on the form (YYYY-MM-DD)' })
  consentSignedOn: string | null;

  @Field(() => Date, { nullable: true })
  consentedAt: Date | null;

  @Field()
  entrustedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked by the bureau or withdrawn by the worker' })
  endedAt: Date | null;
}

@ObjectType()
export class EntrustmentConnection extends Connection(Entrustment, 'Entrustment') {}

export type EntrustmentNode = Omit<Entrustment, 'worker' | 'agency'>;

export function toEntrustment(entity: WorkerEntrustmentEntity): EntrustmentNode {
  return {
    id: entity.id,
    workerId: entity.workerId,
    agencyId: entity.agencyOrganizationId,
    status: entity.status,
    consentKind: entity.consentKind,
    consentSignedOn: entity.consentSignedOn,
    consentedAt: entity.consentedAt,
    entrustedAt: entity.createdAt,
    endedAt: entity.endedAt,
  };
}

@InputType({ description: 'A consent form the worker signed; the bureau keeps the paper' })
export class RecordedConsentInput {
  @Field(() => ConsentKind, { description: 'SIGNED_PAPER (IN_APP is given by the worker: leave consent out)' })
  @IsEnum(ConsentKind)
  kind: ConsentKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the date on the form; not in the future' })
  @IsOptional()
  @IsCalendarDate()
  signedOn?: string | null;
}

@InputType()
export class EntrustWorkersInput {
  @Field(() => ID, { description: 'An agency a bureau verified (LABOR_AGENCY, HR_AGENCY, LABOR_COOPERATIVE or INDIVIDUAL_BROKER)' })
  @IsUUID()
  agencyId: string;

  @Field(() => [ID], { description: '1 to 500 workers of your jurisdiction' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  workerIds: string[];

  @Field(() => RecordedConsentInput, {
    nullable: true,
    description: 'The workers’ signed paper consent: in force at once. Without it each worker confirms in the app (PENDING_CONSENT until then).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordedConsentInput)
  consent?: RecordedConsentInput | null;
}

@InputType()
export class RevokeEntrustmentInput {
  @Field(() => ID)
  @IsUUID()
  agencyId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  workerIds: string[];
}

@InputType()
export class EntrustmentIdInput {
  @Field(() => ID)
  @IsUUID()
  entrustmentId: string;
}

@InputType()
export class EntrustmentFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => EntrustmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EntrustmentStatus)
  status?: EntrustmentStatus;
}

@ArgsType()
export class EntrustmentsArgs extends PageArgs {
  @Field(() => EntrustmentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EntrustmentFilterInput)
  filter?: EntrustmentFilterInput;
}
