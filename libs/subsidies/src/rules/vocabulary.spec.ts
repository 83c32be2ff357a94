import { OrganizationKind } from '@app/organizations';
import { PlacementScope } from '@app/placements';
import { PostingKind } from '@app/postings';
import { WorkerCategory } from '@app/workers';
import { BureauDepartment } from '@app/common';
import { SubsidyBeneficiary, SubsidyFund, SubsidyKind } from '../entities/subsidy-claim.entity.js';
import {
  BENEFICIARY_LABELS,
  EMPLOYER_KIND_LABELS,
  PLACEMENT_SCOPE_LABELS,
  POSTING_KIND_LABELS,
  SUBSIDY_KIND_LABELS,
  WORKER_CATEGORY_LABELS,
} from './labels.js';
import { BENEFICIARIES, EMPLOYER_KINDS, FUNDS, PLACEMENT_SCOPES, POSTING_KINDS, SUBSIDY_FUNDS, SUBSIDY_KINDS, WORKER_CATEGORIES } from './policy.js';

/** Policies are JSON spelled with the domain enums' values: a renamed or added enum value must show up here. */
describe('policy vocabulary', () => {
  it.each([
    ['worker categories', WORKER_CATEGORIES, WorkerCategory, WORKER_CATEGORY_LABELS],
    ['placement scopes', PLACEMENT_SCOPES, PlacementScope, PLACEMENT_SCOPE_LABELS],
    ['employer kinds', EMPLOYER_KINDS, OrganizationKind, EMPLOYER_KIND_LABELS],
    ['posting kinds', POSTING_KINDS, PostingKind, POSTING_KIND_LABELS],
    ['subsidy kinds', SUBSIDY_KINDS, SubsidyKind, SUBSIDY_KIND_LABELS],
    ['beneficiaries', BENEFICIARIES, SubsidyBeneficiary, BENEFICIARY_LABELS],
  ] as const)('spells %s as the domain enum does, each with a Chinese label', (_name, vocabulary, domainEnum, labels) => {
    expect([...vocabulary].sort()).toEqual(Object.values(domainEnum).sort());
    expect(Object.keys(labels).sort()).toEqual([...vocabulary].sort());
  });

  it('spells funds as the claim enum does, each paid by a department bureau accounts can have', () => {
    expect([...SUBSIDY_FUNDS].sort()).toEqual(Object.values(SubsidyFund).sort());
    expect(Object.keys(FUNDS).sort()).toEqual([...SUBSIDY_FUNDS].sort());
    for (const fund of Object.values(FUNDS)) expect(Object.values(BureauDepartment)).toContain(fund.department);
  });
});
