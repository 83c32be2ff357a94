import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { Link } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { KIND_LABELS, wageRange } from '../../common/labels';
import { graphql } from '../../gql';

/** A round counts towards 3 rounds of 5 postings (Yunnan's rule, unservedJobSeekers): five at a time. */
const ROUND_SIZE = 5;

const recommendDocument = graphql(`
  query QueueRecommendPostings($workerId: ID!, $first: Int!) {
    recommendPostings(workerId: $workerId, first: $first) {
      reasons
      posting {
        id
        title
        kind
        wageMin
        wageMax
        region {
          fullName
        }
      }
    }
  }
`);

const recordRoundDocument = graphql(`
  mutation QueueRecordRound($input: RecordRecommendationRoundInput!) {
    recordRecommendationRound(input: $input) {
      id
      recordedAt
    }
  }
`);

/**
 * What a county officer does for a returnee or a member of a 零就业家庭: 推荐岗位 ranks open postings for the person
 * with the server's reasons; after passing them on (phone, WeChat, a visit) 记录已推送 records the round.
 * `nameId` is the element naming the person, so each row's buttons say whose they are.
 */
export function WorkerFollowUp({ workerId, name, nameId, rounds }: { workerId: string; name: string; nameId: string; rounds?: number }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="queue-follow-up">
      {rounds !== undefined && <p className="muted">已推送岗位 {rounds} 轮</p>}
      {!open ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)} aria-describedby={nameId}>
          推荐岗位
        </button>
      ) : (
        <Recommendations workerId={workerId} name={name} nameId={nameId} rounds={rounds} />
      )}
    </div>
  );
}

function Recommendations({ workerId, name, nameId, rounds }: { workerId: string; name: string; nameId: string; rounds?: number }) {
  const [{ data, error, fetching }] = useQuery({ query: recommendDocument, variables: { workerId, first: ROUND_SIZE } });
  const [recording, record] = useMutation(recordRoundDocument);
  // The round's number as it was when recorded: the list refetches after the mutation and counts it already.
  const [recorded, setRecorded] = useState<string | null>(null);
  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">{fetching ? '加载中…' : ''}</p>;
  const matches = data.recommendPostings;
  if (matches.length === 0) return <p className="hint">暂时没有适合{name}的招聘中岗位。</p>;
  const onRecord = () => {
    void record({ input: { workerId, postingIds: matches.map((m) => m.posting.id) } }).then((result) => {
      if (result.data) setRecorded(rounds !== undefined ? `已记录第 ${rounds + 1} 轮推送` : '已记录推送');
    });
  };
  return (
    <>
      <ul className="queue-matches" aria-label={`为${name}推荐的岗位`}>
        {matches.map(({ posting, reasons }) => (
          <li key={posting.id}>
            <Link href={`/postings/${posting.id}`}>{posting.title}</Link>
            <span className="muted">
              {' '}
              {KIND_LABELS[posting.kind]} · {wageRange(posting.wageMin, posting.wageMax)} · {posting.region.fullName}
            </span>
            {reasons.length > 0 && <div className="small muted">{reasons.join('；')}</div>}
          </li>
        ))}
      </ul>
      {recorded ? (
        <p className="ok" role="status">
          {recorded}
        </p>
      ) : (
        <button type="button" onClick={onRecord} disabled={recording.fetching} aria-describedby={nameId}>
          记录已推送
        </button>
      )}
      <ErrorAlert error={shownError(recording.error)} />
    </>
  );
}
