import { useState } from 'react';
import { chinaToday } from '../../common/china-date';
import { InputField } from '../../common/FormField';
import { graphql } from '../../gql';
import { daysBefore } from './china-days';
import { JurisdictionPicker } from './JurisdictionPicker';
import { QueueList } from './QueueList';
import { ReturneeCard } from './ReturneeCard';
import { usePagedList } from './usePagedList';

const PAGE = 20;

const returneesDocument = graphql(`
  query BureauReturnees($regionCode: String!, $since: String!, $first: Int!, $after: String) {
    returnees(regionCode: $regionCode, since: $since, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...QueueReturnee
        }
      }
    }
  }
`);

/**
 * 返乡回流: who came home from a job since a date (three months back at first), newest return first, each with the
 * household they came back to, for one-to-one follow-up (推荐岗位, then 记录已推送).
 */
export function ReturneesPage({ jurisdiction }: { jurisdiction: string }) {
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const [since, setSince] = useState(() => daysBefore(chinaToday(), 90));
  const list = usePagedList(returneesDocument, { regionCode, since, first: PAGE, after: null }, (data) => data.returnees, ['RecommendationRound']);
  // The server pages returnees by registration; the loaded rows read newest return first (a later page may hold an even newer one).
  const nodes = list.nodes && [...list.nodes].sort((a, b) => (b.returnedHomeOn ?? '').localeCompare(a.returnedHomeOn ?? ''));
  return (
    <main className="queue-page">
      <h1>返乡回流</h1>
      <p className="hint">务工结束返乡的人员（用人单位或劳务机构登记“返乡”离岗），请逐一联系，推荐岗位或了解就业意愿。</p>
      <div className="queue-filters">
        <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
        <InputField
          id="returned-since"
          type="date"
          label="返乡日期从"
          value={since}
          max={chinaToday()}
          onChange={(e) => e.target.value && setSince(e.target.value)}
        />
      </div>
      <QueueList list={{ ...list, nodes }} label="返乡人员" unit="人" empty="这段时间没有登记返乡的人员。">
        {(worker) => <ReturneeCard key={worker.id} worker={worker} />}
      </QueueList>
    </main>
  );
}
