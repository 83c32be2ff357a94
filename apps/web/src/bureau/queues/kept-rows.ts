/**
 * A queue refetched after a row was acted on no longer holds that row; the officer should still see it, marked done,
 * where it stood. The acted rows (as the mutation left them) replace their stale copies or go back in queue order.
 */
export function keepActedRows<Row extends { id: string }>(queue: Row[], acted: Row[], order: (a: Row, b: Row) => number): Row[] {
  const actedById = new Map(acted.map((row) => [row.id, row]));
  const rows = queue.map((row) => actedById.get(row.id) ?? row);
  const inQueue = new Set(queue.map((row) => row.id));
  const back = acted.filter((row) => !inQueue.has(row.id));
  return back.length ? [...rows, ...back].sort(order) : rows;
}
