import { graphql } from '../../gql';

/**
 * The worker's own placements, newest first. 我的工作 shows them and 我的补贴 assesses each: both sections use this one
 * document, so urql sends it once and both read the same answer.
 */
export const myPlacementsDocument = graphql(`
  query MyPlacements {
    placements(first: 20) {
      totalCount
      edges {
        node {
          id
          status
          scope
          startDate
          endDate
          endReason
          contractMonths
          stableMonths
          employer {
            name
          }
          posting {
            id
            title
          }
          confirmations {
            month
            employed
          }
        }
      }
    }
  }
`);
