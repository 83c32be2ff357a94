import { FieldReason, invalidField } from '../errors/index.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** An opaque cursor: the keyset values of the last row seen, so pages stay stable while rows are added. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What each position of a cursor holds; a cursor is refused unless every position has exactly this shape. */
export type CursorPart = 'timestamp' | 'uuid' | 'regionCode' | 'offset' | 'text';

const CURSOR_PARTS: Readonly<Record<CursorPart, (value: string | number) => boolean>> = {
  // As issued: ISO instants at UTC with milliseconds or PostgreSQL's microseconds, and a real instant (PostgreSQL
  // would fail on 2025-02-31 where a JS Date rolls over).
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.(\d{3}|\d{6})Z$/.test(v) && isRealInstant(v),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  regionCode: (v) => typeof v === 'string' && /^\d{6}$/.test(v),
  offset: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
  text: (v) => typeof v === 'string',
};

function isRealInstant(text: string): boolean {
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
}

/**
 * The keyset values of a cursor this API issued, checked position by position against `shape`: anything else
 * (forged, truncated, from another list) is BAD_USER_INPUT naming `field`, never a database error.
 */
export function decodeCursor(cursor: string, shape: readonly CursorPart[], field = 'after'): Array<string | number> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === shape.length &&
      values.every((v, i) => (typeof v === 'string' || typeof v === 'number') && CURSOR_PARTS[shape[i]](v))
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidField(field, FieldReason.INVALID_CURSOR);
}

export function pageSize(first: number | undefined, field = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw invalidField(field, FieldReason.PAGE_SIZE, { max: MAX_PAGE_SIZE });
  }
  return size;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Turns `size + 1` fetched rows into a page: the extra row only tells whether there is a next page. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => ReadonlyArray<string | number>, totalCount: number): Page<T> {
  const nodes = rows.slice(0, size);
  return { nodes, cursors: nodes.map((n) => encodeCursor(cursorOf(n))), hasNextPage: rows.length > size, totalCount };
}
