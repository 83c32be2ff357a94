import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorReason, RoleRequiredError, UnauthenticatedError } from '../errors/index.js';
import { ActorSource, type Role } from './actor.js';
import { IS_PUBLIC, requestOf, ROLES } from './decorators.js';

/**
 * Global guard: every resolver and controller is closed to anonymous callers unless marked @Public,
 * and limited to the roles named by @Roles when present.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    const request = requestOf(context);
    if (request.actor === undefined) {
      const token = bearerToken(request.headers.authorization);
      if (token) {
        const actor = await this.actors.fromToken(token);
        if (!actor && !isPublic) throw new UnauthenticatedError(CommonErrorReason.TOKEN_INVALID);
        request.actor = actor ?? undefined;
      }
    }
    if (isPublic) return true;
    if (!request.actor) throw new UnauthenticatedError();
    if (roles && !roles.includes(request.actor.role)) throw new RoleRequiredError(roles);
    return true;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
