import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app.js';
import { validateConfig } from '@app/config';
import { findIdNumbers } from './personal-data-scan.js';
import { recordResponseScan } from './response-scan.js';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

/** A caller of the API: anonymous, or signed in with a token. */
export class Caller {
  constructor(
    private readonly app: NestExpressApplication,
    readonly token?: string,
    readonly role?: string,
  ) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const req = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (this.token) req.set('authorization', `Bearer ${this.token}`);
    const res = await req.send({ query, variables });
    // No role but a bureau may ever receive a plain-text ID number, whatever the operation.
    // (Phones are shown to those who may see them; ID numbers to nobody but a bureau.)
    if (this.role !== 'BUREAU') expect(findIdNumbers(JSON.stringify(res.body))).toEqual([]);
    // Neither may an employer or agent ever hold both halves of one: a birth date beside a masked ID.
    if (this.role === 'EMPLOYER' || this.role === 'AGENT') expect(recordResponseScan(this.role, res.body)).toEqual([]);
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  }

  /** Runs an operation expected to succeed and returns its data (fails the test with the errors otherwise). */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    expect(result.errors ?? []).toEqual([]);
    return result.data as T;
  }

  /** Runs an operation expected to fail and returns its first error's code. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    return result.errors?.[0].extensions?.code;
  }
}

export interface TestApp {
  app: NestExpressApplication;
  anonymous: Caller;
  http(): ReturnType<typeof request>;
  signIn(username: string, password: string): Promise<Caller>;
  close(): Promise<void>;
}

/** The real API wiring against the run's PostgreSQL and Meilisearch (started by Jest's global setup). */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const config = validateConfig({ ...process.env, ...overrides });
  const app = await createApp(config);
  await app.init();
  const anonymous = new Caller(app);
  return {
    app,
    anonymous,
    http: () => request(app.getHttpServer()),
    async signIn(username, password) {
      const data = await anonymous.ok<{ login: { accessToken: string; account: { role: string } } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken account { role } } }',
        { input: { username, password } },
      );
      return new Caller(app, data.login.accessToken, data.login.account.role);
    },
    close: () => app.close(),
  };
}
