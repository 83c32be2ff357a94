import DataLoader from 'dataloader';

type LoaderHost = { loaders?: Map<string, DataLoader<unknown, unknown>> };

/**
 * A DataLoader that lives as long as one GraphQL request (stored on its context), so every field resolver of a list
 * shares one batched query per relation and nothing is cached across users.
 */
export function requestLoader<K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V> {
  const host = context as LoaderHost;
  host.loaders ??= new Map();
  let loader = host.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    host.loaders.set(name, loader);
  }
  return loader;
}

/** Orders batch results to match the keys; missing keys resolve to null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}
