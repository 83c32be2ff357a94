export enum Role {
  WORKER = 'WORKER',
  EMPLOYER = 'EMPLOYER',
  AGENT = 'AGENT',
  BUREAU = 'BUREAU',
  ADMIN = 'ADMIN',
}

/**
 * The department a BUREAU account works in, where subsidy money is split between them: 乡村振兴 (and 农业农村) pays from
 * 衔接推进乡村振兴补助资金, 人力资源社会保障 from 就业补助资金, and each reviews and pays only what its fund pays.
 * A bureau account without a department (null) is one office doing both, as many counties run it.
 */
export enum BureauDepartment {
  RURAL_REVITALIZATION = 'RURAL_REVITALIZATION',
  HUMAN_RESOURCES = 'HUMAN_RESOURCES',
}

/** Each department as bureau officers name it. */
export const DEPARTMENT_NAMES: Readonly<Record<BureauDepartment, string>> = {
  RURAL_REVITALIZATION: '乡村振兴部门',
  HUMAN_RESOURCES: '人力资源社会保障部门',
};

/** Who is calling: the signed-in account as the guard loaded it for this request. */
export interface Actor {
  accountId: string;
  username: string;
  role: Role;
  /** A BUREAU's jurisdiction (GB/T 2260 code); the region of other accounts where they have one. */
  regionCode: string | null;
  organizationId: string | null;
  workerId: string | null;
  /** A BUREAU's department; null or absent: every department (and every other role). */
  department?: BureauDepartment | null;
}

/** What the guard needs from the accounts domain, without the common library depending on it. */
export abstract class ActorSource {
  /** Verifies a bearer token and returns the account behind it, or null when the token is invalid or the account gone. */
  abstract fromToken(token: string): Promise<Actor | null>;
}
