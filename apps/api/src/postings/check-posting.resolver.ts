import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Role, Roles } from '@app/common';
import { PostingsService } from '@app/postings';
import { FieldProblemType, toFieldProblem } from '../common/field-problem.type.js';
import { CreatePostingInput } from './create-posting.input.js';

@Resolver()
export class CheckPostingResolver {
  constructor(private readonly postingsService: PostingsService) {}

  /** The posting form checks a draft as the employer types, by the very rules createPosting applies; nothing is saved. */
  @Roles(Role.EMPLOYER, Role.BUREAU, Role.ADMIN)
  @Query(() => [FieldProblemType], {
    description: 'What createPosting would refuse this input for, every failing field at once (empty: it would be accepted); saves nothing',
  })
  async checkPosting(@CurrentActor() actor: Actor, @Args('input') input: CreatePostingInput): Promise<FieldProblemType[]> {
    return (await this.postingsService.problemsOfNew(actor, input)).map(toFieldProblem);
  }
}
