/**
 * Who may call each operation at all (the role gate). Finer rules (own organisation, jurisdiction) are tested in the
 * e2e suite of each domain. Every operation in the schema must appear here: a new one without an entry fails the suite.
 */
export type Caller = 'ANONYMOUS' | 'WORKER' | 'EMPLOYER' | 'AGENT' | 'BUREAU' | 'ADMIN';
export const SIGNED_IN: Caller[] = ['WORKER', 'EMPLOYER', 'AGENT', 'BUREAU', 'ADMIN'];
export const EVERYONE: Caller[] = ['ANONYMOUS', ...SIGNED_IN];

const STAFF: Caller[] = ['BUREAU', 'ADMIN'];

export const AUTHORIZATION_MATRIX: Record<string, Caller[]> = {
  // Accounts and access
  'Mutation.login': EVERYONE,
  'Query.me': SIGNED_IN,
  'Mutation.createAccount': STAFF,
  'Mutation.changePassword': SIGNED_IN,
  'Mutation.logout': SIGNED_IN,
  'Mutation.disableAccount': STAFF,
  'Mutation.enableAccount': STAFF,
  'Mutation.registerOrganization': EVERYONE,
  'Mutation.verifyOrganization': STAFF,
  'Query.organization': SIGNED_IN,
  // The bureau's work queues (issue 19): 待认定机构
  'Query.organizations': STAFF,
  // Registration help (issue 17): where to register without an account; an organisation's published contact
  'Query.registrationHelp': EVERYONE,
  'Mutation.updateOrganizationContact': ['EMPLOYER', 'AGENT', ...STAFF],
  'Query.region': EVERYONE,
  'Query.regions': EVERYONE,
  // Workers and households
  'Mutation.registerWorker': ['AGENT', ...STAFF],
  'Query.worker': SIGNED_IN,
  'Query.workers': SIGNED_IN,
  'Mutation.updateWorker': SIGNED_IN,
  'Mutation.setWorkerCategories': STAFF,
  'Mutation.verifyWorkerCategories': STAFF,
  'Mutation.revealIdNumber': ['BUREAU'],
  'Query.idNumberReveals': STAFF, // 身份证查看记录 (issue 19)
  'Query.returnees': STAFF,
  // Entrustments (issue 18): the workers' bureau entrusts and revokes; the worker consents or withdraws
  'Mutation.entrustWorkers': STAFF,
  'Mutation.revokeEntrustment': STAFF,
  'Mutation.confirmEntrustment': ['WORKER'],
  'Mutation.withdrawEntrustment': ['WORKER'],
  'Query.entrustments': ['WORKER', 'AGENT', ...STAFF],
  // Registration review (issue 15, item 4): the bureau of the worker's hukou, or ADMIN
  'Query.pendingWorkerRegistrations': STAFF,
  'Mutation.acceptWorkerRegistration': STAFF,
  'Mutation.rejectWorkerRegistration': STAFF,
  'Mutation.mergeWorkerRegistration': STAFF,
  // Postings and search
  'Mutation.createPosting': ['EMPLOYER', ...STAFF],
  'Query.checkPosting': ['EMPLOYER', ...STAFF], // the posting form's check as you type (issue 18)
  'Mutation.updatePosting': ['EMPLOYER', ...STAFF],
  'Mutation.closePosting': ['EMPLOYER', ...STAFF],
  'Mutation.reopenPosting': ['EMPLOYER', ...STAFF],
  'Query.posting': EVERYONE,
  'Query.postings': EVERYONE,
  'Query.searchPostings': EVERYONE,
  // Matching and applications
  'Query.recommendPostings': SIGNED_IN,
  'Query.recommendWorkers': ['EMPLOYER', 'AGENT', ...STAFF],
  'Mutation.recordRecommendationRound': ['AGENT', ...STAFF],
  'Query.unservedJobSeekers': STAFF,
  'Mutation.applyToPosting': ['WORKER'],
  'Mutation.nominateWorkers': ['AGENT'],
  'Query.applications': SIGNED_IN,
  'Mutation.rejectApplication': ['EMPLOYER', ...STAFF],
  'Mutation.withdrawApplication': ['WORKER', 'AGENT'],
  // Placements
  'Mutation.hire': ['EMPLOYER', ...STAFF],
  'Mutation.createPlacementGroup': ['AGENT'],
  'Mutation.addToPlacementGroup': ['AGENT'],
  'Mutation.updatePlacementGroup': ['AGENT'],
  'Mutation.removeFromPlacementGroup': ['AGENT'],
  'Mutation.cancelPlacementGroup': ['AGENT'],
  'Mutation.approvePlacementGroup': ['EMPLOYER', 'BUREAU'],
  'Mutation.departPlacementGroup': ['AGENT'],
  'Mutation.confirmArrival': ['AGENT', 'EMPLOYER', ...STAFF],
  'Mutation.confirmEmployment': ['EMPLOYER', 'AGENT', ...STAFF],
  // 月度确认 (issue 18): a whole month at once; agents record follow-ups instead
  'Mutation.confirmEmployments': ['EMPLOYER', ...STAFF],
  'Mutation.endPlacement': ['EMPLOYER', 'AGENT', ...STAFF],
  'Mutation.recordHistoricalPlacement': STAFF,
  'Mutation.cancelPlacement': ['EMPLOYER', ...STAFF],
  'Mutation.recordFollowUp': ['AGENT'],
  'Query.placement': SIGNED_IN,
  'Query.placements': SIGNED_IN,
  'Query.placementGroup': SIGNED_IN,
  'Query.placementGroups': ['EMPLOYER', 'AGENT', ...STAFF],
  // Subsidies
  'Query.subsidyPolicies': SIGNED_IN,
  'Mutation.createSubsidyPolicy': STAFF,
  'Mutation.updateSubsidyPolicy': STAFF,
  'Query.subsidyPolicyCoverage': STAFF,
  'Query.subsidyEligibility': SIGNED_IN,
  'Mutation.submitSubsidyClaim': SIGNED_IN,
  'Mutation.reviewSubsidyClaim': ['BUREAU'],
  'Mutation.markSubsidyClaimPaid': ['BUREAU'],
  'Mutation.submitSubsidyClaims': ['BUREAU'],
  'Mutation.markSubsidyClaimsPaid': ['BUREAU'],
  // Organisation awards (issue 16): a bureau of the organisation's region proposes, a second account approves and pays
  'Mutation.grantOrganizationAward': ['BUREAU'],
  'Mutation.reviewOrganizationAward': ['BUREAU'],
  'Mutation.markOrganizationAwardPaid': ['BUREAU'],
  'Query.organizationAwards': ['EMPLOYER', 'AGENT', ...STAFF],
  'Query.organizationAwardEvidence': ['BUREAU'], // counts of an organisation's hires of 三类人员, for the award decision
  'Mutation.reviewSubsidyClaims': ['BUREAU'], // 批量审核 (issue 19)
  'Query.subsidyClaims': SIGNED_IN,
  'Query.eligibleUnclaimedSubsidies': ['EMPLOYER', 'AGENT', ...STAFF],
  'Mutation.setCountySubsidyStandard': STAFF,
  'Query.countySubsidyStandards': SIGNED_IN,
  // Bureau statistics
  'Query.placementStatistics': STAFF,
  'Query.weeklyReport': STAFF,
  'Query.employmentTargets': STAFF,
  'Mutation.setEmploymentTarget': STAFF,
  'Query.zeroEmploymentHouseholds': STAFF,
};
