import http from 'node:http';

/**
 * POSTs JSON over node:http with a keep-alive agent: the client the benchmark times GraphQL with. Raw Meilisearch is
 * timed through the API's own lean node:http call, so both sides of the comparison pay for the same kind of client
 * (fetch costs about 1 ms more of CPU per request here, which would be charged to the API).
 */
export class JsonPost {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly url: URL;

  constructor(url: string) {
    this.url = new URL(url);
  }

  post(body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          hostname: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch {
              reject(new Error(`${this.url.href} answered ${String(response.statusCode)} with a body that is not JSON`));
            }
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
