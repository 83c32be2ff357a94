import { graphql } from '../../gql';

/**
 * What a reviewer needs of one claim, in the one query (the server batches worker, placement, employer and policy):
 * who it is about, the placement and its evidence, and the policy version it was assessed under.
 */
export const bureauClaimFields = graphql(`
  fragment BureauClaimFields on SubsidyClaim {
    ...ClaimCardFields
    beneficiary
    fund
    needsReview
    recordedLate
    employmentCheck
    reviewedAt
    worker {
      name
      maskedIdNumber
      age
    }
    placement {
      id
      startDate
      endDate
      contractMonths
      stableMonths
      socialInsuranceMonths
      recordedLate
      confirmations {
        month
        employed
      }
      posting {
        title
      }
    }
    employer {
      name
      verified
    }
    policy {
      name
      version
    }
    reviewRights {
      mayApprove
      approveReason
      mayReject
      mayPay
      payReason
    }
  }
`);

/** The queue of one status in the jurisdiction: SUBMITTED to review, APPROVED to pay (100 at a time, the server's page limit). */
export const claimQueueDocument = graphql(`
  query BureauClaimQueue($regionCode: String!, $status: SubsidyClaimStatus!) {
    subsidyClaims(filter: { regionCode: $regionCode, status: $status }, first: 100) {
      totalCount
      edges {
        node {
          ...BureauClaimFields
        }
      }
    }
  }
`);

/** 批量批准: each claim through the rules of reviewSubsidyClaim on its own, answered in input order. */
export const reviewClaimsDocument = graphql(`
  mutation BureauReviewClaims($input: ReviewSubsidyClaimsInput!) {
    reviewSubsidyClaims(input: $input) {
      succeeded
      failed
      items {
        claimId
        claim {
          id
          status
        }
        error {
          reason
          message
        }
      }
    }
  }
`);

export const reviewClaimDocument = graphql(`
  mutation BureauReviewClaim($input: ReviewSubsidyClaimInput!) {
    reviewSubsidyClaim(input: $input) {
      id
      status
      reviewNote
    }
  }
`);

export const payClaimsDocument = graphql(`
  mutation BureauPayClaims($input: MarkSubsidyClaimsPaidInput!) {
    markSubsidyClaimsPaid(input: $input) {
      succeeded
      failed
      items {
        claimId
        claim {
          id
          status
          paidOn
        }
        error {
          reason
          message
          fields
        }
      }
    }
  }
`);

export const unclaimedDocument = graphql(`
  query BureauUnclaimedSubsidies($filter: UnclaimedSubsidyFilterInput, $after: String) {
    eligibleUnclaimedSubsidies(filter: $filter, first: 50, after: $after) {
      scannedPlacements
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          placement {
            id
            startDate
            endDate
            recordedLate
            posting {
              title
            }
            employer {
              name
            }
            worker {
              name
              maskedIdNumber
              age
            }
          }
          assessment {
            kind
            title
            amount
            beneficiary
            reason
            policy {
              name
              version
            }
          }
        }
      }
    }
  }
`);

export const submitClaimsDocument = graphql(`
  mutation BureauSubmitClaims($input: SubmitSubsidyClaimsInput!) {
    submitSubsidyClaims(input: $input) {
      succeeded
      failed
      items {
        index
        claim {
          id
          amount
          status
        }
        error {
          reason
          message
        }
      }
    }
  }
`);
