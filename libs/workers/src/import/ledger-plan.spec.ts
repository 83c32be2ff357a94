import { LaborCapacity, WorkerCategory } from '../worker-enums.js';
import { batchGroups, planLedger } from './ledger-plan.js';
import type { LedgerRecord } from './ledger-row.js';

function record(row: number, idNumber: string, householdNo: string | null, hukouRegionCode = '520102'): LedgerRecord {
  return {
    row,
    name: '张三',
    idNumber,
    phone: null,
    hukouRegionCode,
    householdNo,
    categories: [WorkerCategory.POVERTY_ALLEVIATED],
    laborCapacity: LaborCapacity.FULL,
    skills: [],
    laborBrand: null,
    willingToMigrate: false,
    preferredRegionCodes: [],
    expectedMonthlyWage: null,
  };
}

describe('ledger plan', () => {
  it('keeps the first occurrence of an ID number and makes later ones errors that name the first row', () => {
    const plan = planLedger([record(2, 'A', null), record(3, 'B', null), record(4, 'A', null)]);
    expect(plan.groups.map((g) => g.records.map((r) => r.row))).toEqual([[2], [3]]);
    expect(plan.errors).toEqual([{ row: 4, column: '身份证号', message: expect.stringContaining('第 2 行') }]);
  });

  it('groups rows by 户编号 wherever they are in the file; rows without one are households of their own', () => {
    const plan = planLedger([record(2, 'A', 'H1'), record(3, 'B', null), record(4, 'C', 'H2'), record(5, 'D', 'H1')]);
    expect(plan.groups.map((g) => [g.householdNo, g.records.map((r) => r.row)])).toEqual([
      ['H1', [2, 5]],
      [null, [3]],
      ['H2', [4]],
    ]);
    expect(plan.errors).toEqual([]);
  });

  it('refuses every row of a 户编号 whose members are in different counties', () => {
    const plan = planLedger([record(2, 'A', 'H1', '520102'), record(3, 'B', 'H1', '520103'), record(4, 'C', 'H2')]);
    expect(plan.groups.map((g) => g.householdNo)).toEqual(['H2']);
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '户编号'],
      [3, '户编号'],
    ]);
    expect(plan.errors[0].message).toContain('520102、520103');
  });

  it('batches whole households', () => {
    const plan = planLedger([
      record(2, 'A', 'H1'),
      record(3, 'B', 'H1'),
      record(4, 'C', null),
      record(5, 'D', 'H2'),
      record(6, 'E', 'H2'),
      record(7, 'F', 'H2'),
    ]);
    const batches = batchGroups(plan.groups, 3);
    expect(batches.map((b) => b.map((g) => g.records.length))).toEqual([[2, 1], [3]]);
    expect(batchGroups(plan.groups, 1).length).toBe(3);
  });
});
