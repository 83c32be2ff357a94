import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { languageFromHeader, withLanguage } from '@app/common';
import type { AppConfig } from '@app/config';
import { AppModule } from './app.module.js';
import { webAppMiddleware } from './web/web-app.middleware.js';

/** Builds the API application (used by main.ts and by the e2e test builder, so both run the same wiring). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '1mb' });
  // Registered after the JSON parser: its callback runs outside any context set before it, and the language must
  // reach the GraphQL error formatter.
  app.use((req: { headers: Record<string, string | string[] | undefined> }, _res: unknown, next: () => void) => {
    const header = req.headers['accept-language'];
    withLanguage(languageFromHeader(Array.isArray(header) ? header[0] : header), next);
  });
  app.disable('x-powered-by');
  // Only the proxies named here may say who the client is: the login limits count client addresses (libs/accounts).
  if (config.TRUST_PROXY)
    app.set(
      'trust proxy',
      config.TRUST_PROXY.split(',').map((entry) => entry.trim()),
    );
  // GraphQL answers, probes and generated spreadsheets change from one request to the next: hashing every response
  // body for an ETag bought no revalidation, only time on each request.
  app.set('etag', false);
  app.use(webAppMiddleware(resolve(config.WEB_DIR)));
  return app;
}
