import { useState } from 'react';
import { graphql } from '../../gql';
import { HouseholdCard } from './HouseholdCard';
import { JurisdictionPicker } from './JurisdictionPicker';
import { QueueList } from './QueueList';
import { usePagedList } from './usePagedList';

const PAGE = 20;

const householdsDocument = graphql(`
  query BureauZeroEmploymentHouseholds($regionCode: String!, $first: Int!, $after: String) {
    zeroEmploymentHouseholds(regionCode: $regionCode, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          hukouRegion {
            fullName
          }
          members {
            id
            name
            maskedIdNumber
            laborCapacity
            seekingStatus
            returnedHomeOn
          }
        }
      }
    }
  }
`);

/**
 * 零就业家庭 (动态清零): households with labour and nobody in work, county by county, each member with what a village
 * cadre needs to act, and 推荐岗位 per member.
 */
export function HouseholdsPage({ jurisdiction }: { jurisdiction: string }) {
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const list = usePagedList(householdsDocument, { regionCode, first: PAGE, after: null }, (data) => data.zeroEmploymentHouseholds);
  return (
    <main className="queue-page">
      <h1>零就业家庭</h1>
      <p className="hint">家中有劳动力、但目前没有人在岗的家庭。请至少帮助每户一人就业。</p>
      <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
      <QueueList list={list} label="零就业家庭" unit="户" empty="目前没有零就业家庭。">
        {(household) => <HouseholdCard key={household.id} household={household} />}
      </QueueList>
    </main>
  );
}
