import { graphql } from '../../gql';

/**
 * Everything one view shows, in one round trip: the region and its path, the targets, the period by child region,
 * the twelve-month trend, the three breakdowns, subsidies by kind, and the workers employed in the region (by
 * workplace) by the province they come from. The server answers each from its rollups.
 */
export const dashboardDocument = graphql(`
  query BureauDashboard(
    $regionCode: String!
    $parentCode: String!
    $withParent: Boolean!
    $grandparentCode: String!
    $withGrandparent: Boolean!
    $targetYear: Int!
    $byChild: PlacementStatisticsInput!
    $trend: PlacementStatisticsInput!
    $byCategory: PlacementStatisticsInput!
    $byScope: PlacementStatisticsInput!
    $byKind: PlacementStatisticsInput!
    $local: PlacementStatisticsInput!
  ) {
    region(code: $regionCode) {
      code
      name
      fullName
      level
    }
    parent: region(code: $parentCode) @include(if: $withParent) {
      code
      name
    }
    grandparent: region(code: $grandparentCode) @include(if: $withGrandparent) {
      code
      name
    }
    employmentTargets(regionCode: $regionCode, year: $targetYear) {
      region {
        code
      }
      workers
    }
    byChild: placementStatistics(input: $byChild) {
      from
      to
      dataAsOf
      subsidiesByKind {
        kind
        subsidyClaimed
        subsidyPaid
      }
      totals {
        workersEmployed
        placementsStarted
        returnees
        subsidyClaimed
        subsidyPaid
      }
      rows {
        childRegion {
          code
          name
          level
        }
        workersEmployed
        placementsStarted
        returnees
      }
    }
    trend: placementStatistics(input: $trend) {
      rows {
        month
        workersEmployed
        placementsStarted
        returnees
      }
    }
    byCategory: placementStatistics(input: $byCategory) {
      rows {
        category
        workersEmployed
        placementsStarted
      }
    }
    byScope: placementStatistics(input: $byScope) {
      rows {
        scope
        workersEmployed
        placementsStarted
      }
    }
    byKind: placementStatistics(input: $byKind) {
      rows {
        postingKind
        workersEmployed
        placementsStarted
      }
    }
    local: placementStatistics(input: $local) {
      totals {
        workersEmployed
        placementsStarted
      }
      rows {
        hukouProvince {
          code
          name
        }
        workersEmployed
        placementsStarted
      }
    }
  }
`);
