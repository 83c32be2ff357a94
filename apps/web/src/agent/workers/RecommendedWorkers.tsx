import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import { PostingSelect } from '../common/PostingSelect';
import { WorkerCard } from './WorkerCard';

const recommendDocument = graphql(`
  query AgentRecommendWorkers($postingId: ID!) {
    recommendWorkers(postingId: $postingId, first: 20) {
      score
      reasons
      worker {
        ...AgentWorkerCard
      }
    }
  }
`);

const nominateDocument = graphql(`
  mutation AgentNominateWorkers($input: NominateWorkersInput!) {
    nominateWorkers(input: $input) {
      id
      status
      workerId
    }
  }
`);

/**
 * 为岗位推荐: the workers matching a posting best, each with the server's reasons (为什么推荐); 推荐 puts the worker
 * forward (an application the agency organises: the employer then sees them among its applicants).
 */
export function RecommendedWorkers() {
  const [postingId, setPostingId] = useState('');
  return (
    <section aria-labelledby="agent-recommend" className="agent-section">
      <h2 id="agent-recommend">为岗位推荐劳动者</h2>
      <PostingSelect id="recommend-posting" value={postingId} onChange={setPostingId} />
      {postingId && <Recommendations key={postingId} postingId={postingId} />}
    </section>
  );
}

function Recommendations({ postingId }: { postingId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: recommendDocument, variables: { postingId } });
  const [nomination, nominate] = useMutation(nominateDocument);
  // Who this page put forward: the answer carries the new applications; the ranking itself does not change.
  const [nominated, setNominated] = useState<Set<string>>(new Set());
  const [failedFor, setFailedFor] = useState<string | null>(null);

  const onNominate = (workerId: string) => {
    setFailedFor(null);
    void nominate({ input: { postingId, workerIds: [workerId] } }).then((result) => {
      if (result.data) setNominated((before) => new Set(before).add(workerId));
      else setFailedFor(workerId);
    });
  };

  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">{fetching ? '加载中…' : ''}</p>;
  if (data.recommendWorkers.length === 0) return <p className="hint">暂时没有适合这个岗位的劳动者。</p>;
  return (
    <ul className="results" aria-label="推荐的劳动者">
      {data.recommendWorkers.map(({ worker, reasons, score }) => (
        <WorkerCard key={worker.id} worker={worker} titleId={`recommended-${worker.id}`}>
          <div className="muted">匹配度 {score}</div>
          {reasons.length > 0 && (
            <div className="agent-reasons">
              <span className="agent-label" id={`why-${worker.id}`}>
                为什么推荐
              </span>
              <ul aria-labelledby={`why-${worker.id}`}>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )}
          {nominated.has(worker.id) ? (
            <p className="ok" role="status">
              已推荐
            </p>
          ) : (
            <div>
              {/* Every row's button is 推荐 (docs/ui-names.md); the worker's name tells a screen reader which one. */}
              <button type="button" onClick={() => onNominate(worker.id)} disabled={nomination.fetching} aria-describedby={`recommended-${worker.id}`}>
                推荐
              </button>
            </div>
          )}
          {failedFor === worker.id && <ErrorAlert error={shownError(nomination.error)} />}
        </WorkerCard>
      ))}
    </ul>
  );
}
