import { FieldReason, invalidField } from '../errors/index.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** An opaque cursor: the keyset values of the last row seen, so pages stay stable while rows are added. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): Array<string | number> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.every((v) => typeof v === 'string' || typeof v === 'number')) return values;
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
