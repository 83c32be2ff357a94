import { type Actor, Role } from '@app/common';
import { canManageWorker, canSeePhone, canSeeWorker, workerAccess, type WorkerLinks } from './worker-access.js';

const worker = { id: 'w1', hukouRegionCode: '520102' };
const none: WorkerLinks = { registeredByOrganizationId: null, activeOrganizationIds: new Set(), entrustedOrganizationIds: new Set() };
const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  accountId: 'a',
  username: 'u',
  role,
  regionCode: null,
  organizationId: null,
  workerId: null,
  ...extra,
});

describe('worker access', () => {
  it('lets a bureau see workers of its jurisdiction only', () => {
    expect(canSeeWorker(actor(Role.BUREAU, { regionCode: '520000' }), worker, none)).toBe(true);
    expect(canSeeWorker(actor(Role.BUREAU, { regionCode: '520103' }), worker, none)).toBe(false);
    expect(canSeePhone(actor(Role.BUREAU, { regionCode: '520102' }), worker, none)).toBe(true);
  });

  it('lets a worker see only themself', () => {
    expect(canSeeWorker(actor(Role.WORKER, { workerId: 'w1' }), worker, none)).toBe(true);
    expect(canSeeWorker(actor(Role.WORKER, { workerId: 'w2' }), worker, none)).toBe(false);
  });

  it('lets an agent see workers its agency registered, with the phone masked until they work together', () => {
    const agent = actor(Role.AGENT, { organizationId: 'o1' });
    const registered = { ...none, registeredByOrganizationId: 'o1' };
    expect(canSeeWorker(agent, worker, registered)).toBe(true);
    expect(canSeePhone(agent, worker, registered)).toBe(false);
    expect(canSeePhone(agent, worker, { ...registered, activeOrganizationIds: new Set(['o1']) })).toBe(true);
    expect(canSeeWorker(agent, worker, none)).toBe(false);
    expect(canManageWorker(agent, worker, registered)).toBe(true);
  });

  it('lets an agent see a worker entrusted to its agency with consent in force, phone included, but not manage them or see categories', () => {
    const agent = actor(Role.AGENT, { organizationId: 'o1' });
    const entrusted = { ...none, entrustedOrganizationIds: new Set(['o1']) };
    expect(canSeeWorker(agent, worker, entrusted)).toBe(true);
    expect(canSeePhone(agent, worker, entrusted)).toBe(true);
    expect(canManageWorker(agent, worker, entrusted)).toBe(false);
    expect(workerAccess(agent, worker, entrusted)?.categories).toBe(false);
    // Entrusted to another agency: nothing.
    expect(canSeeWorker(actor(Role.AGENT, { organizationId: 'o9' }), worker, entrusted)).toBe(false);
    // An employer gains nothing from an agency's entrustment.
    expect(canSeeWorker(actor(Role.EMPLOYER, { organizationId: 'o1' }), worker, entrusted)).toBe(false);
  });

  it('lets an employer see only workers it is actively dealing with', () => {
    const employer = actor(Role.EMPLOYER, { organizationId: 'o2' });
    expect(canSeeWorker(employer, worker, none)).toBe(false);
    expect(canSeeWorker(employer, worker, { ...none, activeOrganizationIds: new Set(['o2']) })).toBe(true);
    expect(canManageWorker(employer, worker, { ...none, activeOrganizationIds: new Set(['o2']) })).toBe(false);
  });
});
