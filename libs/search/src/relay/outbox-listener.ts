import { Logger } from '@nestjs/common';
import pg from 'pg';
import { OUTBOX_CHANNEL } from '@app/outbox';

/**
 * A dedicated connection LISTENing on the outbox channel. PostgreSQL delivers a NOTIFY only when the writing
 * transaction commits, so a wake-up never arrives before the rows are visible. Polling stays as the fallback: a lost
 * connection only costs latency, and it reconnects by itself.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly onNotify: () => void,
  ) {}

  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'search-relay-listener' });
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => {
      this.logger.warn(`Outbox listener connection lost (${error.message}); polling until it is back`);
      this.reconnectLater(client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
      if (this.closed) await this.stop();
    } catch (error) {
      this.logger.warn(`Outbox listener could not connect (${error instanceof Error ? error.message : String(error)}); polling until it can`);
      this.reconnectLater(client);
    }
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private reconnectLater(client: pg.Client): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, 2_000);
    this.retry.unref();
  }
}
