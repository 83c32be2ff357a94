import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Role } from './actor.js';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** Open to anonymous callers (a token, when sent, is still read). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call; everyone else gets FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export function requestOf(context: ExecutionContext): { actor?: Actor; headers: Record<string, string | undefined> } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: ReturnType<typeof requestOf> }>().req;
  return context.switchToHttp().getRequest<ReturnType<typeof requestOf>>();
}

/** The signed-in caller (undefined on a public operation called anonymously). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) => requestOf(context).actor);
