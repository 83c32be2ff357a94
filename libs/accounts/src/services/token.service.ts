import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';

interface AccessClaims {
  sub: string;
  /** The account's token version when the token was issued; tokens from before versions existed count as 0. */
  ver?: number;
}

export interface TokenSubject {
  accountId: string;
  version: number;
}

/**
 * Access tokens carry only the account id and its token version: role and jurisdiction are read fresh on every
 * request, and a token whose version is behind the account's (after logout, a password change or disabling) is refused.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  issue(accountId: string, version: number): Promise<string> {
    return this.jwt.signAsync({ sub: accountId, ver: version } satisfies AccessClaims, {
      secret: this.config.JWT_SECRET,
      expiresIn: this.config.JWT_EXPIRES_IN_SECONDS,
      algorithm: 'HS256',
    });
  }

  async subjectOf(token: string): Promise<TokenSubject | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { secret: this.config.JWT_SECRET, algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string') return null;
      const version = claims.ver ?? 0;
      return Number.isInteger(version) && version >= 0 ? { accountId: claims.sub, version } : null;
    } catch {
      return null;
    }
  }
}
