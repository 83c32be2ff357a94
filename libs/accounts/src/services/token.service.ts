import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';

interface AccessClaims {
  sub: string;
}

/** Access tokens carry only the account id: role and jurisdiction are read fresh on every request. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  issue(accountId: string): Promise<string> {
    return this.jwt.signAsync({ sub: accountId } satisfies AccessClaims, {
      secret: this.config.JWT_SECRET,
      expiresIn: this.config.JWT_EXPIRES_IN_SECONDS,
      algorithm: 'HS256',
    });
  }

  async accountIdOf(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { secret: this.config.JWT_SECRET, algorithms: ['HS256'] });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
