import { headerOf } from './ledger-columns.js';
import type { LedgerError, LedgerRecord } from './ledger-row.js';

/** Rows registered as one household: the rows sharing a 户编号, or a single row without one. */
export interface LedgerGroup {
  householdNo: string | null;
  hukouRegionCode: string;
  records: LedgerRecord[];
}

export interface LedgerPlan {
  groups: LedgerGroup[];
  errors: LedgerError[];
}

/**
 * Checks that need the whole file: an ID number may appear once (later occurrences are errors, the first is kept),
 * and the rows of one 户编号 form one household, so they must share a hukou county (otherwise none of them is imported).
 */
export function planLedger(records: readonly LedgerRecord[]): LedgerPlan {
  const errors: LedgerError[] = [];
  const firstRowOf = new Map<string, number>();
  const unique: LedgerRecord[] = [];
  for (const record of records) {
    const first = firstRowOf.get(record.idNumber);
    if (first !== undefined) {
      errors.push({ row: record.row, column: headerOf('idNumber'), message: `与第 ${first} 行的身份证号重复，同一人只能出现一次` });
      continue;
    }
    firstRowOf.set(record.idNumber, record.row);
    unique.push(record);
  }

  const groups: LedgerGroup[] = [];
  const byHousehold = new Map<string, LedgerGroup>();
  for (const record of unique) {
    if (record.householdNo === null) {
      groups.push({ householdNo: null, hukouRegionCode: record.hukouRegionCode, records: [record] });
      continue;
    }
    let group = byHousehold.get(record.householdNo);
    if (!group) {
      group = { householdNo: record.householdNo, hukouRegionCode: record.hukouRegionCode, records: [] };
      byHousehold.set(record.householdNo, group);
      groups.push(group);
    }
    group.records.push(record);
  }

  const consistent = groups.filter((group) => {
    const counties = [...new Set(group.records.map((r) => r.hukouRegionCode))];
    if (counties.length === 1) return true;
    for (const record of group.records) {
      errors.push({ row: record.row, column: headerOf('householdNo'), message: `同一户编号的成员必须属于同一户籍区县（该户编号下有 ${counties.join('、')}）` });
    }
    return false;
  });
  return { groups: consistent, errors };
}

/** Whole households per batch, about `size` rows each, so a household is never split across two transactions. */
export function batchGroups(groups: readonly LedgerGroup[], size: number): LedgerGroup[][] {
  const batches: LedgerGroup[][] = [];
  let current: LedgerGroup[] = [];
  let rows = 0;
  for (const group of groups) {
    if (rows > 0 && rows + group.records.length > size) {
      batches.push(current);
      current = [];
      rows = 0;
    }
    current.push(group);
    rows += group.records.length;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Errors in reading order: by row, then by the column's position in the layout. */
export function sortLedgerErrors(errors: LedgerError[], columnOrder: readonly string[]): LedgerError[] {
  const position = new Map(columnOrder.map((c, i) => [c, i]));
  return errors.sort((a, b) => a.row - b.row || (position.get(a.column) ?? 99) - (position.get(b.column) ?? 99));
}
