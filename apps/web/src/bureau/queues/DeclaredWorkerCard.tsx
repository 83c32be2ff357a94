import type { CombinedError } from 'urql';
import { shownError } from '../../app/errors';
import { GENDER_LABELS } from '../../agent/labels-agent';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chineseDay } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { QueueDeclaredWorkerFragment, RegistrationStatus } from '../../gql/graphql';
import { categoryList } from './labels-queues';

export const declaredWorkerFragment = graphql(`
  fragment QueueDeclaredWorker on Worker {
    id
    name
    gender
    age
    maskedIdNumber
    phone
    registeredAt
    registrationStatus
    categories
    declaredCategories
    categoriesVerified
    hukouRegion {
      fullName
    }
  }
`);

export type DeclaredWorker = QueueDeclaredWorkerFragment;

const REGISTRATION_LABELS: Record<RegistrationStatus, string> = {
  PENDING_REVIEW: '登记待审核',
  ACCEPTED: '已登记',
  REJECTED: '登记未通过',
  MERGED: '已合并',
};

/** One worker whose categories wait: what was declared, what else they hold, and 核实. */
export function DeclaredWorkerCard({
  worker,
  onVerify,
  verifying,
  error,
}: {
  worker: DeclaredWorker;
  onVerify: () => void;
  verifying: boolean;
  error?: CombinedError;
}) {
  const nameId = `declared-${worker.id}`;
  const alreadyVerified = (worker.categories ?? []).filter((c) => !(worker.declaredCategories ?? []).includes(c));
  return (
    <li className="card queue-item">
      <span className="title" id={nameId}>
        {worker.name}
      </span>
      <div className="muted">
        {GENDER_LABELS[worker.gender]} · {worker.age}岁{worker.maskedIdNumber && ` · 身份证 ${worker.maskedIdNumber}`}
      </div>
      <div>{worker.hukouRegion.fullName}</div>
      <dl className="facts">
        <dt>填报类别</dt>
        <dd>{categoryList(worker.categoriesVerified ? worker.categories : worker.declaredCategories)}</dd>
        {alreadyVerified.length > 0 && !worker.categoriesVerified && (
          <>
            <dt>已核实类别</dt>
            <dd>{categoryList(alreadyVerified)}</dd>
          </>
        )}
        <dt>登记</dt>
        <dd>
          {chineseDay(worker.registeredAt)}，{REGISTRATION_LABELS[worker.registrationStatus]}
        </dd>
        {worker.phone && (
          <>
            <dt>电话</dt>
            <dd>
              <a href={`tel:${worker.phone}`}>{worker.phone}</a>
            </dd>
          </>
        )}
      </dl>
      {worker.categoriesVerified ? (
        <p className="ok" role="status">
          已核实
        </p>
      ) : (
        <div>
          <button type="button" onClick={onVerify} disabled={verifying} aria-describedby={nameId}>
            核实
          </button>
        </div>
      )}
      {error && <ErrorAlert error={shownError(error)} />}
    </li>
  );
}
