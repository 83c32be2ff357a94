import type { Caller } from './test-app.js';

const ACCEPT = 'mutation($id: ID!) { acceptWorkerRegistration(workerId: $id) { id registrationStatus } }';

/**
 * An agency's registration waits for the bureau of the worker's hukou (issue 15, item 4): suites that register workers
 * as an agent and then nominate or group them have the county bureau accept each one first.
 */
export async function acceptRegistration(bureau: Caller, workerId: string): Promise<void> {
  const data = await bureau.ok(ACCEPT, { id: workerId });
  expect(data.acceptWorkerRegistration.registrationStatus).toBe('ACCEPTED');
}

/** Registers through `agent` (any selection of fields after `id`) and has `bureau` accept it; returns the agent's answer. */
export async function registerAccepted<T extends { id: string }>(agent: Caller, bureau: Caller, mutation: string, input: Record<string, unknown>): Promise<T> {
  const data = await agent.ok<{ registerWorker: T }>(mutation, { input });
  await acceptRegistration(bureau, data.registerWorker.id);
  return data.registerWorker;
}
