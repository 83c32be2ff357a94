import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import { AppConfig } from '@app/config';
import { redactPersonalData } from './redact.js';

/**
 * Where log lines go: the configured file; a person's terminal gets coloured, readable lines (pino-pretty, a
 * development dependency: absent from a production install, where logs stay JSON); anything else gets JSON lines.
 */
async function logDestination(config: AppConfig): Promise<DestinationStream> {
  if (config.LOG_FILE) return pino.destination({ dest: config.LOG_FILE, append: true, sync: true, mkdir: true });
  if (process.stdout.isTTY && !config.isProduction) {
    try {
      const { default: pretty } = await import('pino-pretty');
      return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res,responseTime', singleLine: true });
    } catch {
      // pino-pretty not installed (npm install --omit=dev): JSON it is
    }
  }
  return pino.destination(1);
}

/** Structured logs with a request id; bodies, tokens and cookies are never logged, personal data is masked. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        pinoHttp: [
          {
            level: config.LOG_LEVEL,
            genReqId: (req: IncomingMessage) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
            },
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics' },
            hooks: {
              streamWrite: (line: string) => redactPersonalData(line),
            },
          },
          await logDestination(config),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
