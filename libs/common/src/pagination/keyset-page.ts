import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, type Page, toPage } from './cursor.js';

const CURSOR_TIME = 'keyset_cursor_time';
/**
 * Keyset pagination on (`timeColumn`, id) of `alias`, newest first (lists) or oldest first (queues worked in the order
 * things arrived), with the total count of the filtered query. The cursor carries PostgreSQL's full microsecond
 * timestamp as text: a JS Date would round it to milliseconds and the next page would skip rows created in the same
 * millisecond.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  timeColumn: string,
  first: number,
  after?: string,
  order: 'newest' | 'oldest' = 'newest',
): Promise<Page<T>> {
  const totalCount = await query.clone().getCount();
  const time = `${alias}.${timeColumn}`;
  const [beyond, direction] = order === 'newest' ? (['<', 'DESC'] as const) : (['>', 'ASC'] as const);
  if (after) {
    const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
    query.andWhere(
      new Brackets((b) =>
        b
          .where(`${time} ${beyond} CAST(:keysetAt AS timestamptz)`, { keysetAt: at })
          .orWhere(`${time} = CAST(:keysetAt AS timestamptz) AND ${alias}.id ${beyond} :keysetId`, { keysetAt: at, keysetId: id }),
      ),
    );
  }
  const { entities, raw } = await query
    .addSelect(`to_char(${time} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, CURSOR_TIME)
    .orderBy(time, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(first + 1)
    .getRawAndEntities<Record<string, string>>();
  const times = new Map(entities.map((e, i) => [e.id, raw[i][CURSOR_TIME]]));
  return toPage(entities, first, (e) => [times.get(e.id)!, e.id], totalCount);
}
