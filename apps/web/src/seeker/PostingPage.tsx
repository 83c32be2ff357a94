import { useMutation, useQuery } from 'urql';
import { shownError } from '../app/errors';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { KIND_LABELS, wageRange } from '../common/labels';
import { APPLICATION_STATUS_LABELS } from '../common/labels-application';
import { graphql } from '../gql';

const postingDocument = graphql(`
  query PostingPage($id: ID!) {
    posting(id: $id) {
      id
      title
      kind
      status
      description
      wageMin
      wageMax
      benefits
      skills
      contractMonths
      headcount
      openings
      partTime
      laborBrand
      validUntil
      publishedAt
      location {
        lat
        lng
      }
      region {
        fullName
      }
      organization {
        name
        verified
      }
      # The signed-in worker's own newest application (null for everyone else, without a query)
      myApplication {
        id
        status
      }
    }
  }
`);

const applyDocument = graphql(`
  mutation ApplyToPosting($input: ApplyToPostingInput!) {
    applyToPosting(input: $input) {
      id
      status
    }
  }
`);

/** Everything a seeker needs to decide, and one button: 申请这个岗位 (docs/ui-names.md). */
export function PostingPage({ id }: { id: string }) {
  const { session } = useSession();
  const isWorker = session?.role === 'WORKER';
  const [{ data, error, fetching }, refetch] = useQuery({ query: postingDocument, variables: { id } });
  const [applied, apply] = useMutation(applyDocument);

  if (error) {
    return (
      <main className="narrow">
        <ErrorAlert error={shownError(error)} />
        <p>
          <Link href="/">返回找工作</Link>
        </p>
      </main>
    );
  }
  if (!data) return <p className="loading">{fetching ? '加载中…' : ''}</p>;
  const posting = data.posting;
  const application = applied.data?.applyToPosting ?? posting.myApplication;
  const live = application && application.status !== 'WITHDRAWN' && application.status !== 'CANCELLED';
  const publicWelfare = posting.kind === 'PUBLIC_WELFARE';

  return (
    <main>
      <p>
        <Link href="/" onClick={(event) => history.length > 1 && (event.preventDefault(), history.back())}>
          ← 返回搜索结果
        </Link>
      </p>
      <article className="card stack">
        <h1>{posting.title}</h1>
        <div>
          <span className="badge">{KIND_LABELS[posting.kind]}</span>
          <span className="wage">{wageRange(posting.wageMin, posting.wageMax)}</span>
        </div>
        <ApplyArea
          isWorker={isWorker}
          status={live ? application.status : null}
          open={posting.status === 'OPEN'}
          publicWelfare={publicWelfare}
          busy={applied.fetching}
          onApply={() => void apply({ input: { postingId: posting.id } }).then(() => refetch({ requestPolicy: 'network-only' }))}
          postingId={posting.id}
        />
        <ErrorAlert error={shownError(applied.error)} />
        <dl className="facts">
          <dt>用人单位</dt>
          <dd>
            {posting.organization?.name ?? '县人力资源和社会保障局'}
            {posting.organization?.verified && <span className="ok"> 已认证</span>}
          </dd>
          <dt>工作地点</dt>
          <dd>{posting.region.fullName}</dd>
          <dt>月薪</dt>
          <dd>{wageRange(posting.wageMin, posting.wageMax)}</dd>
          <dt>福利待遇</dt>
          <dd>{posting.benefits.length ? posting.benefits.join('、') : '未注明'}</dd>
          <dt>合同期限</dt>
          <dd>{posting.contractMonths} 个月</dd>
          <dt>招聘人数</dt>
          <dd>
            {posting.headcount} 人，还缺 {posting.openings} 人
          </dd>
          {posting.partTime && (
            <>
              <dt>用工方式</dt>
              <dd>非全日制</dd>
            </>
          )}
          {posting.skills.length > 0 && (
            <>
              <dt>技能要求</dt>
              <dd>{posting.skills.join('、')}</dd>
            </>
          )}
          {posting.laborBrand && (
            <>
              <dt>劳务品牌</dt>
              <dd>{posting.laborBrand}</dd>
            </>
          )}
          {posting.validUntil && (
            <>
              <dt>有效期至</dt>
              <dd>{posting.validUntil}</dd>
            </>
          )}
          {posting.location && (
            <>
              <dt>位置</dt>
              <dd>
                <a
                  href={`https://uri.amap.com/marker?position=${posting.location.lng},${posting.location.lat}&name=${encodeURIComponent(posting.title)}&coordinate=wgs84`}
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  在高德地图中查看
                </a>
              </dd>
            </>
          )}
        </dl>
        {publicWelfare && <p className="hint">公益性岗位由县人力资源和社会保障部门择优安排，结果公示后上岗。提交申请即登记您的意向。</p>}
        <h2>岗位介绍</h2>
        <p className="description">{posting.description}</p>
      </article>
    </main>
  );
}

function ApplyArea(props: {
  isWorker: boolean;
  status: keyof typeof APPLICATION_STATUS_LABELS | null;
  open: boolean;
  publicWelfare: boolean;
  busy: boolean;
  onApply: () => void;
  postingId: string;
}) {
  if (props.status) {
    return (
      <p className="ok" role="status">
        {props.status === 'APPLIED' ? APPLICATION_STATUS_LABELS.APPLIED : `已申请 · ${APPLICATION_STATUS_LABELS[props.status]}`}{' '}
        <Link href="/me">查看我的申请</Link>
      </p>
    );
  }
  if (!props.open) return <p className="hint">这个岗位已招满或已停止招聘。</p>;
  if (!props.isWorker) {
    return (
      <p className="hint">
        <Link href={`/login?next=${encodeURIComponent(`/postings/${props.postingId}`)}`}>登录</Link>后即可申请。没有账号？
        <Link href="/register-help">怎样登记求职</Link>
      </p>
    );
  }
  return (
    <button type="button" onClick={props.onApply} disabled={props.busy}>
      申请这个岗位
    </button>
  );
}
