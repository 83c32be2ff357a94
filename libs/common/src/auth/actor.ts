export enum Role {
  WORKER = 'WORKER',
  EMPLOYER = 'EMPLOYER',
  AGENT = 'AGENT',
  BUREAU = 'BUREAU',
  ADMIN = 'ADMIN',
}

/** Who is calling: the signed-in account as the guard loaded it for this request. */
export interface Actor {
  accountId: string;
  username: string;
  role: Role;
  /** A BUREAU's jurisdiction (GB/T 2260 code); the region of other accounts where they have one. */
  regionCode: string | null;
  organizationId: string | null;
  workerId: string | null;
}

/** What the guard needs from the accounts domain, without the common library depending on it. */
export abstract class ActorSource {
  /** Verifies a bearer token and returns the account behind it, or null when the token is invalid or the account gone. */
  abstract fromToken(token: string): Promise<Actor | null>;
}
