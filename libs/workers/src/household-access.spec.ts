import { type Actor, Role } from '@app/common';
import { canAddHouseholdMember, householdCreatorFor } from './household-access.js';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor =>
  ({ accountId: 'a', role, regionCode: null, organizationId: null, workerId: null, ...extra }) as Actor;
const agencyHousehold = { hukouRegionCode: '520102', createdByOrganizationId: 'org-a' };
const bureauHousehold = { hukouRegionCode: '520102', createdByOrganizationId: null };

describe('canAddHouseholdMember', () => {
  it('lets the creating agency add to its own household only', () => {
    expect(canAddHouseholdMember(actor(Role.AGENT, { organizationId: 'org-a' }), agencyHousehold)).toBe(true);
    expect(canAddHouseholdMember(actor(Role.AGENT, { organizationId: 'org-b' }), agencyHousehold)).toBe(false);
    expect(canAddHouseholdMember(actor(Role.AGENT, { organizationId: 'org-a' }), bureauHousehold)).toBe(false);
    expect(canAddHouseholdMember(actor(Role.AGENT), bureauHousehold)).toBe(false);
  });

  it('lets a bureau add where its jurisdiction holds the county, whoever created the household', () => {
    expect(canAddHouseholdMember(actor(Role.BUREAU, { regionCode: '520100' }), agencyHousehold)).toBe(true);
    expect(canAddHouseholdMember(actor(Role.BUREAU, { regionCode: '520102' }), bureauHousehold)).toBe(true);
    expect(canAddHouseholdMember(actor(Role.BUREAU, { regionCode: '520103' }), bureauHousehold)).toBe(false);
    expect(canAddHouseholdMember(actor(Role.BUREAU, { regionCode: '530100' }), agencyHousehold)).toBe(false);
  });

  it('refuses employers and workers', () => {
    expect(canAddHouseholdMember(actor(Role.EMPLOYER, { organizationId: 'org-a' }), agencyHousehold)).toBe(false);
    expect(canAddHouseholdMember(actor(Role.WORKER, { workerId: 'w' }), agencyHousehold)).toBe(false);
  });

  it('records the agency as creator of the households its agents create, and nobody for staff', () => {
    expect(householdCreatorFor(actor(Role.AGENT, { organizationId: 'org-a' }))).toBe('org-a');
    expect(householdCreatorFor(actor(Role.BUREAU, { regionCode: '520100' }))).toBeNull();
  });
});
