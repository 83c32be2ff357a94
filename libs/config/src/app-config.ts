import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

/** Reads the raw string: implicit conversion has already turned 'false' into true by the time `value` arrives. */
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  if (typeof raw !== 'string') return raw;
  const text = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return raw;
};

/** 32 random bytes written as 64 hex characters or 44 base64 characters. */
const KEY_32_BYTES = /^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/;

/**
 * Every setting the processes read, validated once at start-up. A missing or malformed value stops
 * the process with a message naming the variable (see validateConfig), never later at first use.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** Where the embedded PostgreSQL and Meilisearch keep their data, and where development secrets live. */
  @IsString()
  DATA_DIR: string = '.data';

  /** The built web app (npm run build writes it), served at /. Relative to the working directory. */
  @IsString()
  WEB_DIR: string = 'dist/web';

  /** postgres://user:password@host:port/database. When unset, an embedded PostgreSQL is started. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  /** http://host:7700. When unset, the bundled Meilisearch binary is started on 127.0.0.1. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  MEILI_HOST?: string;

  @ValidateIf((c: AppConfig) => !!c.MEILI_HOST)
  @IsString()
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters when MEILI_HOST is set' })
  MEILI_MASTER_KEY?: string;

  /** Prefix of every Meilisearch index name, so several environments can share one Meilisearch. */
  @IsString()
  @Matches(/^[a-z0-9_]*$/, { message: 'MEILI_INDEX_PREFIX may contain only a-z, 0-9 and _' })
  MEILI_INDEX_PREFIX: string = '';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  /** Lifetime of an access token, in seconds. */
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  JWT_EXPIRES_IN_SECONDS: number = 8 * 3600;

  /** AES-256-GCM key for resident ID numbers: 32 bytes as hex or base64. */
  @Matches(KEY_32_BYTES, { message: 'ID_ENCRYPTION_KEY must be 32 bytes written as 64 hex or 44 base64 characters' })
  ID_ENCRYPTION_KEY: string;

  /** Stored beside each ciphertext so keys can be rotated. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,16}$/, { message: 'ID_ENCRYPTION_KEY_ID must be 1-16 letters, digits, _ or -' })
  ID_ENCRYPTION_KEY_ID: string = 'k1';

  /** Earlier encryption keys still needed to read old ciphertexts during a rotation: `id:key,id:key`. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,16}:(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)(?:,[A-Za-z0-9_-]{1,16}:(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=))*$/, {
    message: 'ID_ENCRYPTION_PREVIOUS_KEYS must be a comma-separated list of id:key pairs (keys as 64 hex or 44 base64 characters)',
  })
  ID_ENCRYPTION_PREVIOUS_KEYS?: string;

  /** HMAC-SHA256 key for the uniqueness fingerprint of ID numbers; must differ from the encryption key. */
  @Matches(KEY_32_BYTES, { message: 'ID_HMAC_KEY must be 32 bytes written as 64 hex or 44 base64 characters' })
  ID_HMAC_KEY: string;

  /**
   * Bearer token a Prometheus scraper sends to `/metrics` (`Authorization: Bearer <token>`). Without it `/metrics`
   * answers only callers on the loopback interface (see apps/api/src/metrics/metrics-access.ts).
   */
  @IsOptional()
  @Matches(/^[\x21-\x7E]{32,512}$/, { message: 'METRICS_TOKEN must be 32 to 512 visible ASCII characters (no spaces), e.g. openssl rand -hex 32' })
  METRICS_TOKEN?: string;

  /**
   * The reverse proxies whose `X-Forwarded-For` is believed (Express `trust proxy`): `loopback`, `uniquelocal`,
   * addresses or CIDRs, comma-separated. Unset, the TCP peer is the client: the login limits count addresses by it.
   */
  @IsOptional()
  @Matches(/^[0-9A-Za-z.:/]+(?:\s*,\s*[0-9A-Za-z.:/]+)*$/, {
    message: 'TRUST_PROXY must be a comma-separated list of loopback, uniquelocal, addresses or CIDRs',
  })
  TRUST_PROXY?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Write logs to this file instead of standard output (the test run scans it for personal data). */
  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  /** Include exception details in GraphQL errors. Never in production. */
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_DEBUG: boolean = false;

  /** Defaults to on outside production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  @IsInt()
  @Min(2)
  @Max(30)
  GRAPHQL_MAX_DEPTH: number = 10;

  @IsInt()
  @Min(1)
  @Max(500)
  GRAPHQL_MAX_ALIASES: number = 30;

  /** Run the outbox relay inside the API process (turn off when apps/worker runs apart). */
  @Transform(toBoolean)
  @IsBoolean()
  OUTBOX_RELAY: boolean = true;

  /** Load the demo data at start (embedded default only needs `npm start -- --demo` or DEMO=1). */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO: boolean = false;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get introspection(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? !this.isProduction;
  }
}
