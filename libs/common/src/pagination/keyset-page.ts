import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { FieldReason, invalidField } from '../errors/index.js';
import { decodeCursor, type Page, toPage } from './cursor.js';

const CURSOR_TIME = 'keyset_cursor_time';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Exactly the shape keysetPage issues, and a real instant (PostgreSQL would fail on 2025-02-31 where JS rolls over). */
function isCursorTimestamp(text: string): boolean {
  if (!TIMESTAMP.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
}

/**
 * Newest-first keyset pagination on (`timeColumn`, id) of `alias`, with the total count of the filtered query.
 * The cursor carries PostgreSQL's full microsecond timestamp as text: a JS Date would round it to milliseconds and the
 * next page would skip rows created in the same millisecond.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  timeColumn: string,
  first: number,
  after?: string,
): Promise<Page<T>> {
  const totalCount = await query.clone().getCount();
  const time = `${alias}.${timeColumn}`;
  if (after) {
    const [at, id] = decodeCursor(after);
    if (typeof at !== 'string' || !isCursorTimestamp(at) || typeof id !== 'string' || !UUID.test(id)) {
      throw invalidField('after', FieldReason.INVALID_CURSOR);
    }
    query.andWhere(
      new Brackets((b) =>
        b
          .where(`${time} < CAST(:keysetAt AS timestamptz)`, { keysetAt: at })
          .orWhere(`${time} = CAST(:keysetAt AS timestamptz) AND ${alias}.id < :keysetId`, { keysetAt: at, keysetId: id }),
      ),
    );
  }
  const { entities, raw } = await query
    .addSelect(`to_char(${time} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, CURSOR_TIME)
    .orderBy(time, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getRawAndEntities<Record<string, string>>();
  const times = new Map(entities.map((e, i) => [e.id, raw[i][CURSOR_TIME]]));
  return toPage(entities, first, (e) => [times.get(e.id)!, e.id], totalCount);
}
