/**
 * Which organisations are actively working with each worker (live applications, nominations, placements).
 * Provided by the applications/placements domain; the workers domain only asks.
 */
export abstract class WorkerLinksSource {
  abstract activeOrganizations(workerIds: readonly string[]): Promise<Map<string, Set<string>>>;
  /** Worker ids an organisation is actively working with (for list filters). SQL fragment-free: ids only. */
  abstract workersOfOrganization(organizationId: string): Promise<string[]>;
}
