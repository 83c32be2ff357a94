import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { DeclaredWorkerCard, type DeclaredWorker } from './DeclaredWorkerCard';
import { JurisdictionPicker } from './JurisdictionPicker';
import { keepActedRows } from './kept-rows';
import { QueueList } from './QueueList';
import { usePagedList } from './usePagedList';

const PAGE = 20;

const declaredDocument = graphql(`
  query BureauDeclaredCategories($filter: WorkerFilterInput!, $first: Int!, $after: String) {
    workers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...QueueDeclaredWorker
        }
      }
    }
  }
`);

const verifyDocument = graphql(`
  mutation BureauVerifyWorkerCategories($workerId: ID!) {
    verifyWorkerCategories(input: { workerId: $workerId }) {
      id
      categories
      categoriesVerified
      declaredCategories
    }
  }
`);

/**
 * 待核实类别: workers of the jurisdiction holding categories an agency declared (registration or ledger import) that no
 * bureau has checked against its own records (防返贫监测) yet, newest registration first. Until 核实, a subsidy resting on
 * such a category waits (类别待核实). A row verified here stays, marked 已核实, until the page is left.
 */
export function CategoriesPage({ jurisdiction }: { jurisdiction: string }) {
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const list = usePagedList(declaredDocument, { filter: { regionCode, categoriesVerified: false }, first: PAGE, after: null }, (data) => data.workers);
  const [verification, verify] = useMutation(verifyDocument);
  const [verified, setVerified] = useState<DeclaredWorker[]>([]);
  const [failedFor, setFailedFor] = useState<string | null>(null);

  const onVerify = (worker: DeclaredWorker) => {
    setFailedFor(null);
    void verify({ workerId: worker.id }).then((result) => {
      if (result.data) setVerified((before) => [...before, { ...worker, ...result.data!.verifyWorkerCategories }]);
      else setFailedFor(worker.id);
    });
  };

  // Newest registration first, as the server lists workers.
  const nodes = list.nodes && keepActedRows(list.nodes, verified, (a, b) => b.registeredAt.localeCompare(a.registeredAt) || b.id.localeCompare(a.id));
  return (
    <main className="queue-page">
      <h1>待核实类别</h1>
      <p className="hint">
        劳务机构登记或导入台账时填报的人员类别（脱贫人口、监测对象、农村低保等），须对照本部门防返贫监测台账核实。核实前，以该类别为条件的补贴暂不能申请。
      </p>
      <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
      <QueueList
        list={{ ...list, nodes }}
        label="类别待核实的人员"
        unit="人"
        empty="没有待核实类别的人员。"
        countNote={verified.length ? `；本次已核实 ${verified.length} 人` : undefined}
      >
        {(worker) => (
          <DeclaredWorkerCard
            key={worker.id}
            worker={worker}
            onVerify={() => onVerify(worker)}
            verifying={verification.fetching}
            error={failedFor === worker.id ? verification.error : undefined}
          />
        )}
      </QueueList>
    </main>
  );
}
