import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { ApplicationEntity } from '@app/placements';
import { ApplicationStatus } from './placement-enums.js';

@ObjectType()
export class Application {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postingId: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field(() => ID, { nullable: true, description: 'The agency that nominated the worker (it organises the placement)' })
  agentOrganizationId: string | null;

  @Field(() => String, { nullable: true })
  rejectReason: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType()
export class ApplicationConnection extends Connection(Application, 'Application') {}

export function toApplication(entity: ApplicationEntity): Application {
  return {
    id: entity.id,
    postingId: entity.postingId,
    workerId: entity.workerId,
    status: entity.status,
    agentOrganizationId: entity.agentOrganizationId,
    rejectReason: entity.rejectReason,
    createdAt: entity.createdAt,
    decidedAt: entity.decidedAt,
  };
}
