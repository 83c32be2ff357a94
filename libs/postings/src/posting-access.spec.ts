import { type Actor, Role } from '@app/common';
import { OrganizationKind } from '@app/organizations';
import { canManagePosting, canSeePosting, type PostingAccessFacts } from './posting-access.js';
import { PostingKind, PostingStatus } from './posting-enums.js';

const TODAY = '2025-06-15';
const ORG = 'org-1';

function actor(role: Role, extra: Partial<Actor> = {}): Actor {
  return { accountId: 'a', username: 'u', role, regionCode: null, organizationId: null, workerId: null, ...extra };
}

const workshopPost: PostingAccessFacts = {
  kind: PostingKind.WORKSHOP,
  status: PostingStatus.OPEN,
  organizationId: ORG,
  regionCode: '522731',
  validUntil: null,
};
const welfarePost: PostingAccessFacts = {
  kind: PostingKind.PUBLIC_WELFARE,
  status: PostingStatus.OPEN,
  organizationId: null,
  regionCode: '522731',
  validUntil: null,
};
const unverifiedWorkshop = { kind: OrganizationKind.WORKSHOP, verifiedAt: null };

describe('posting access', () => {
  it('lets the owner and the region’s bureau see a hidden posting, and nobody else', () => {
    const hidden = { ...workshopPost, status: PostingStatus.CLOSED };
    expect(canSeePosting(actor(Role.EMPLOYER, { organizationId: ORG }), hidden, unverifiedWorkshop, TODAY)).toBe(true);
    expect(canSeePosting(actor(Role.BUREAU, { regionCode: '522700' }), hidden, unverifiedWorkshop, TODAY)).toBe(true);
    expect(canSeePosting(actor(Role.ADMIN), hidden, unverifiedWorkshop, TODAY)).toBe(true);
    expect(canSeePosting(actor(Role.EMPLOYER, { organizationId: 'org-2' }), hidden, unverifiedWorkshop, TODAY)).toBe(false);
    expect(canSeePosting(actor(Role.BUREAU, { regionCode: '530000' }), hidden, unverifiedWorkshop, TODAY)).toBe(false);
    expect(canSeePosting(actor(Role.WORKER, { workerId: 'w' }), hidden, unverifiedWorkshop, TODAY)).toBe(false);
    expect(canSeePosting(undefined, hidden, unverifiedWorkshop, TODAY)).toBe(false);
  });

  it('lets only the owner manage: the employer’s organisation, or the bureau for its own welfare posts', () => {
    expect(canManagePosting(actor(Role.EMPLOYER, { organizationId: ORG }), workshopPost)).toBe(true);
    expect(canManagePosting(actor(Role.EMPLOYER, { organizationId: 'org-2' }), workshopPost)).toBe(false);
    expect(canManagePosting(actor(Role.BUREAU, { regionCode: '522700' }), workshopPost)).toBe(false);
    expect(canManagePosting(actor(Role.BUREAU, { regionCode: '522700' }), welfarePost)).toBe(true);
    expect(canManagePosting(actor(Role.BUREAU, { regionCode: '520100' }), welfarePost)).toBe(false);
    expect(canManagePosting(actor(Role.EMPLOYER, { organizationId: ORG }), welfarePost)).toBe(false);
    expect(canManagePosting(actor(Role.ADMIN), welfarePost)).toBe(true);
    expect(canManagePosting(undefined, welfarePost)).toBe(false);
  });
});
