import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { Link } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { APPLICATION_STATUS_LABELS } from '../../common/labels-application';
import { chineseDay } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { MyApplicationsQuery } from '../../gql/graphql';
import { Section } from './Section';

/** A worker applies to a handful of postings: 50 covers years of them; the rest are counted, not hidden silently. */
const SHOWN = 50;

const applicationsDocument = graphql(`
  query MyApplications($first: Int!, $workerId: ID!) {
    # Whether the bureau has accepted the registration: until then the worker cannot apply (REGISTRATION_NOT_ACCEPTED)
    worker(id: $workerId) {
      registrationStatus
      registrationRefusalReason
    }
    applications(first: $first) {
      totalCount
      edges {
        node {
          id
          status
          createdAt
          rejectReason
          posting {
            id
            title
            organization {
              name
            }
          }
        }
      }
    }
  }
`);

const withdrawDocument = graphql(`
  mutation WithdrawMyApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      id
      status
    }
  }
`);

type Application = MyApplicationsQuery['applications']['edges'][number]['node'];

/** 我的申请: every application with its status; a live one (APPLIED) can be withdrawn with 撤回申请 (docs/ui-names.md). */
export function MyApplications({ workerId }: { workerId: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: applicationsDocument, variables: { first: SHOWN, workerId } });
  const [withdrawal, withdraw] = useMutation(withdrawDocument);
  const onWithdraw = (applicationId: string) =>
    void withdraw({ input: { applicationId } }).then((result) => {
      // Refused (e.g. the employer decided meanwhile): the error says why, and the list shows the status it has now.
      if (result.error) refetch({ requestPolicy: 'network-only' });
    });

  return (
    <Section id="mine-applications" title="我的申请">
      {!data && (error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>)}
      {data && <RegistrationNotice worker={data.worker} />}
      {data && data.applications.edges.length === 0 && (
        <p className="hint">
          还没有申请。<Link href="/">去找工作</Link>
        </p>
      )}
      {data && data.applications.edges.length > 0 && (
        <ul className="results">
          {data.applications.edges.map(({ node }) => (
            <ApplicationItem
              key={node.id}
              application={node}
              busy={withdrawal.fetching}
              // The mutation answers with the new status: the document cache refetches the list, which now says 已撤回.
              onWithdraw={() => onWithdraw(node.id)}
            />
          ))}
        </ul>
      )}
      {data && data.applications.totalCount > data.applications.edges.length && (
        <p className="hint">
          只显示最近 {data.applications.edges.length} 个申请，共 {data.applications.totalCount} 个。
        </p>
      )}
      <ErrorAlert error={shownError(withdrawal.error)} />
    </Section>
  );
}

/** Until the bureau of the hukou accepts a registration (an agency's), the worker cannot apply: say so, and why not. */
function RegistrationNotice({ worker }: { worker: MyApplicationsQuery['worker'] }) {
  if (worker.registrationStatus === 'PENDING_REVIEW')
    return (
      <p className="mine-notice" role="status">
        您的求职登记已提交，正在等待户籍所在地人社部门核实。核实通过后才能申请岗位。
      </p>
    );
  if (worker.registrationStatus === 'REJECTED')
    return (
      <p className="mine-notice" role="status">
        您的求职登记未通过核实{worker.registrationRefusalReason ? `：${worker.registrationRefusalReason}` : ''}。请联系户籍所在县的人社部门。
      </p>
    );
  return null;
}

function ApplicationItem({ application, busy, onWithdraw }: { application: Application; busy: boolean; onWithdraw: () => void }) {
  const { posting } = application;
  const titleId = `application-${application.id}-title`;
  return (
    <li className="card mine-item">
      {posting ? (
        <Link href={`/postings/${posting.id}`} className="title" id={titleId}>
          {posting.title}
        </Link>
      ) : (
        <span className="title" id={titleId}>
          岗位已下线
        </span>
      )}
      {posting?.organization && <div className="muted">{posting.organization.name}</div>}
      <div>
        <span className={application.status === 'HIRED' ? 'ok' : undefined}>{APPLICATION_STATUS_LABELS[application.status]}</span>
        <span className="muted"> · {chineseDay(application.createdAt)}申请</span>
      </div>
      {application.status === 'REJECTED' && application.rejectReason && <div className="muted">原因：{application.rejectReason}</div>}
      {application.status === 'APPLIED' && (
        <div>
          {/* Every row's button is 撤回申请 (docs/ui-names.md); the posting's title tells a screen reader which one. */}
          <button type="button" className="secondary" onClick={onWithdraw} disabled={busy} aria-describedby={titleId}>
            撤回申请
          </button>
        </div>
      )}
    </li>
  );
}
