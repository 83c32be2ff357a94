import { type Actor, Role } from '@app/common';
import { LaborCapacity, WorkerCategory } from '../worker-enums.js';
import { groupOutcome, type LedgerMember, type RegisteredMember } from './ledger-households.js';
import type { LedgerGroup } from './ledger-plan.js';

const bureau: Actor = { accountId: 'b', username: 'gy', role: Role.BUREAU, regionCode: '520100', organizationId: null, workerId: null };
const agent: Actor = { accountId: 'a', username: 'ag', role: Role.AGENT, regionCode: '520102', organizationId: 'org-1', workerId: null };

function member(row: number, fingerprint: string, hukouRegionCode = '520102'): LedgerMember {
  return {
    fingerprint,
    record: {
      row,
      name: '张三',
      idNumber: fingerprint,
      phone: null,
      hukouRegionCode,
      householdNo: 'H1',
      categories: [WorkerCategory.POVERTY_ALLEVIATED],
      laborCapacity: LaborCapacity.FULL,
      skills: [],
      laborBrand: null,
      willingToMigrate: false,
      preferredRegionCodes: [],
      expectedMonthlyWage: null,
    },
  };
}

const group = (members: LedgerMember[]): LedgerGroup => ({
  householdNo: 'H1',
  hukouRegionCode: members[0].record.hukouRegionCode,
  records: members.map((m) => m.record),
});
const registered = (householdRegion: string, householdCreator: string | null): RegisteredMember => ({ householdId: 'h-1', householdRegion, householdCreator });

describe('what becomes of a household of the ledger (shared by the import and its check)', () => {
  it('registers people nobody registered yet, in a new household', () => {
    const members = [member(2, 'A'), member(3, 'B')];
    expect(groupOutcome(bureau, group(members), members, new Map())).toEqual({ kind: 'register', skipped: 0, fresh: members, joined: undefined });
  });

  it('skips a household whose people are all registered', () => {
    const members = [member(2, 'A')];
    expect(groupOutcome(bureau, group(members), members, new Map([['A', registered('520102', null)]]))).toEqual({ kind: 'skipped', skipped: 1 });
  });

  it('adds the new members to the household a registered member of the 户编号 lives in', () => {
    const members = [member(2, 'A'), member(3, 'B')];
    const existing = new Map([['A', registered('520102', null)]]);
    expect(groupOutcome(bureau, group(members), members, existing)).toEqual({ kind: 'register', skipped: 1, fresh: [members[1]], joined: existing.get('A') });
  });

  it("refuses the new members, naming 户编号, when that household's county is another", () => {
    const members = [member(2, 'A', '520103'), member(3, 'B', '520103')];
    const outcome = groupOutcome(bureau, group(members), members, new Map([['A', registered('520102', null)]]));
    expect(outcome).toEqual({
      kind: 'refused',
      skipped: 1,
      errors: [{ row: 3, column: '户编号', message: '该户已登记的成员户籍区县为 520102，与本行的 520103 不一致' }],
    });
  });

  it('refuses an agency adding to a household it did not create, and lets it add to its own', () => {
    const members = [member(2, 'A'), member(3, 'B')];
    const theirs = groupOutcome(agent, group(members), members, new Map([['A', registered('520102', 'org-2')]]));
    expect(theirs).toMatchObject({ kind: 'refused', errors: [{ row: 3, column: '户编号', message: expect.stringContaining('不是贵机构建立的') }] });
    expect(groupOutcome(agent, group(members), members, new Map([['A', registered('520102', 'org-1')]]))).toMatchObject({ kind: 'register' });
  });
});
