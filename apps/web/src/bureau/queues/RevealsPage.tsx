import { useState } from 'react';
import { useSession } from '../../app/session';
import { ROLE_LABELS } from '../../common/labels';
import { graphql } from '../../gql';
import { chinaMoment } from './china-days';
import { JurisdictionPicker } from './JurisdictionPicker';
import { QueueList } from './QueueList';
import { usePagedList } from './usePagedList';

const PAGE = 20;

const revealsDocument = graphql(`
  query BureauIdNumberReveals($filter: IdNumberRevealFilterInput!, $first: Int!, $after: String) {
    idNumberReveals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          revealedAt
          purposeLabel
          note
          account {
            id
            username
            role
          }
          worker {
            id
            name
            maskedIdNumber
            hukouRegion {
              fullName
            }
          }
        }
      }
    }
  }
`);

/**
 * 身份证查看记录: every time an officer had a full ID number of the jurisdiction's people decrypted (revealIdNumber),
 * newest first, with who, why and the note they wrote: the audit a supervisor reads. The number itself is never here.
 */
export function RevealsPage({ jurisdiction }: { jurisdiction: string }) {
  const { session } = useSession();
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const list = usePagedList(revealsDocument, { filter: { regionCode }, first: PAGE, after: null }, (data) => data.idNumberReveals);
  return (
    <main className="queue-page">
      <h1>身份证查看记录</h1>
      <p className="hint">查看完整身份证号码须写明用途和事由，每次查看都记录在案。这里列出本辖区人员被查看的记录，最新的在前；记录中不含号码本身。</p>
      <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
      <QueueList list={list} label="身份证查看记录" unit="条" empty="还没有查看身份证号码的记录。">
        {(reveal) => (
          <li key={reveal.id} className="card queue-item">
            <span className="title">{reveal.worker ? reveal.worker.name : '（无权查看的人员）'}</span>
            {reveal.worker && (
              <div className="muted">
                {reveal.worker.maskedIdNumber && `身份证 ${reveal.worker.maskedIdNumber} · `}
                {reveal.worker.hukouRegion.fullName}
              </div>
            )}
            <dl className="facts">
              <dt>查看时间</dt>
              <dd>{chinaMoment(reveal.revealedAt)}</dd>
              <dt>查看账号</dt>
              <dd>
                {reveal.account
                  ? `${reveal.account.username}（${ROLE_LABELS[reveal.account.role]}${reveal.account.username === session?.username ? '，本账号' : ''}）`
                  : '账号已删除'}
              </dd>
              <dt>用途</dt>
              <dd>{reveal.purposeLabel}</dd>
              <dt>事由</dt>
              <dd>{reveal.note}</dd>
            </dl>
          </li>
        )}
      </QueueList>
    </main>
  );
}
