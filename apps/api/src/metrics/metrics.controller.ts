import { Controller, Get, Req, Res } from '@nestjs/common';
import { Public } from '@app/common';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { metricsAccess, type ScrapeRequest } from './metrics-access.js';

interface ScrapeHttpRequest {
  socket: { remoteAddress?: string };
  headers: ScrapeRequest['headers'];
}

interface TextResponse {
  status(code: number): TextResponse;
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

/** Prometheus text format, for loopback callers or a scraper with METRICS_TOKEN (see metricsAccess). */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  /** Public to the account guard (a scraper has no account); metricsAccess decides instead. */
  @Public()
  @Get()
  async scrape(@Req() req: ScrapeHttpRequest, @Res() res: TextResponse): Promise<void> {
    const access = metricsAccess({ remoteAddress: req.socket.remoteAddress, headers: req.headers }, this.config.METRICS_TOKEN);
    res.setHeader('Cache-Control', 'no-store');
    if (!access.allowed) {
      if (access.challenge) res.setHeader('WWW-Authenticate', access.challenge);
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.status(access.status).send(`${access.message}\n`);
      return;
    }
    res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    res.status(200).send(await this.metrics.registry.metrics());
  }
}
