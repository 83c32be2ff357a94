import { graphql } from '../../gql';

/**
 * Everything the group page shows, returned by every group mutation too: urql's document cache then refetches the
 * page's query (it saw a PlacementGroup change), and the roster, state and buttons always agree with the server.
 */
export const groupDetailFragment = graphql(`
  fragment AgentGroupDetail on PlacementGroup {
    id
    status
    departureDate
    departurePoint
    transport
    approvedAt
    departedAt
    cancelledAt
    postingId
    posting {
      id
      title
      openings
      organization {
        name
      }
      region {
        fullName
      }
    }
    roster {
      workerId
      arrivedOn
      placementId
      travelling
      worker {
        id
        name
        gender
        age
        phone
        maskedIdNumber
      }
    }
  }
`);

export const groupDocument = graphql(`
  query AgentGroup($id: ID!) {
    placementGroup(id: $id) {
      ...AgentGroupDetail
    }
  }
`);
