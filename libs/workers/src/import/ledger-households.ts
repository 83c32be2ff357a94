import type { Actor } from '@app/common';
import { canAddHouseholdMember } from '../household-access.js';
import { headerOf } from './ledger-columns.js';
import type { LedgerGroup } from './ledger-plan.js';
import type { LedgerError, LedgerRecord } from './ledger-row.js';

/** A person of the file already registered, as far as the importer may know, with the household they belong to. */
export interface RegisteredMember {
  householdId: string;
  householdRegion: string;
  householdCreator: string | null;
}

export interface LedgerMember {
  record: LedgerRecord;
  fingerprint: string;
}

/** What becomes of one household of the file, given who of it is registered already. */
export type GroupOutcome<M extends LedgerMember> =
  | { kind: 'skipped'; skipped: number }
  | { kind: 'refused'; skipped: number; errors: LedgerError[] }
  | { kind: 'register'; skipped: number; fresh: M[]; joined: RegisteredMember | undefined };

/**
 * The rules a household of the file meets against the database, shared by the import and its check (one rule in one
 * place): people already registered are skipped; the others join the household a registered member of the same
 * 户编号 lives in, provided the importer may add to it (item 3 of issue 15) and its county is the row's.
 */
export function groupOutcome<M extends LedgerMember>(
  actor: Actor,
  group: LedgerGroup,
  members: M[],
  existing: ReadonlyMap<string, RegisteredMember>,
): GroupOutcome<M> {
  const fresh = members.filter((m) => !existing.has(m.fingerprint));
  const skipped = members.length - fresh.length;
  if (fresh.length === 0) return { kind: 'skipped', skipped };
  const joined = members.map((m) => existing.get(m.fingerprint)).find((e) => e !== undefined);
  const refuse = (message: string): GroupOutcome<M> => ({
    kind: 'refused',
    skipped,
    errors: fresh.map((m) => ({ row: m.record.row, column: headerOf('householdNo'), message })),
  });
  if (joined && !canAddHouseholdMember(actor, { hukouRegionCode: joined.householdRegion, createdByOrganizationId: joined.householdCreator })) {
    return refuse('该户编号对应的家庭户不是贵机构建立的，不能添加成员：请户籍地人社部门添加，或为新成员另编户编号');
  }
  if (joined && joined.householdRegion !== group.hukouRegionCode) {
    return refuse(`该户已登记的成员户籍区县为 ${joined.householdRegion}，与本行的 ${group.hukouRegionCode} 不一致`);
  }
  return { kind: 'register', skipped, fresh, joined };
}
