import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { storedSession } from './session';

/**
 * One GraphQL client per session: a new sign-in gets a fresh cache, so nothing one account saw is shown to the next
 * (a shared phone in a village office).
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const token = storedSession()?.token;
      return { headers: { 'accept-language': 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) } };
    },
  });
}
