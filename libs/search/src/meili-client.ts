import { Meilisearch } from 'meilisearch';

/**
 * The JS client asks for gzip by default, which cost about 40 ms per response on loopback here:
 * ask for identity encoding instead.
 */
export function createMeiliClient(host: string, apiKey: string | undefined): Meilisearch {
  return new Meilisearch({ host, apiKey, requestInit: { headers: { 'Accept-Encoding': 'identity' } } });
}
