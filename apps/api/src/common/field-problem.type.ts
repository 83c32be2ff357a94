import { Field, ObjectType } from '@nestjs/graphql';
import { type FieldProblem, localize } from '@app/common';

@ObjectType('FieldProblem', { description: 'One failing field, as extensions.problems of a BAD_USER_INPUT error carries it' })
export class FieldProblemType {
  @Field({ description: 'The input field, e.g. wageMin or location.lat' })
  field: string;

  @Field({ description: 'As extensions.problems[].reason, e.g. WAGE_RANGE_REVERSED' })
  reason: string;

  @Field({ description: 'In the request’s language (Chinese unless it asks for English)' })
  message: string;
}

export const toFieldProblem = (problem: FieldProblem): FieldProblemType => ({ field: problem.field, reason: problem.reason, message: localize(problem.text) });
