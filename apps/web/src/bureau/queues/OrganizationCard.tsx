import type { CombinedError } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { AGENCY_KINDS, ORGANIZATION_KIND_LABELS } from '../../common/labels';
import { chineseDay } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { OrganizationKind, QueueOrganizationFragment } from '../../gql/graphql';

export const organizationFragment = graphql(`
  fragment QueueOrganization on Organization {
    id
    name
    kind
    creditCode
    smallOrMicro
    contactPhone
    address
    registeredAt
    postingCount
    openPostingCount
    verified
    verifiedAt
    region {
      fullName
    }
  }
`);

export type QueueOrganization = QueueOrganizationFragment;

/** What 认定 changes for an organisation of this kind (docs/api.md, vetting organisations). */
function whatVerifying(kind: OrganizationKind, smallOrMicro: boolean): string {
  if (kind === 'WORKSHOP' || kind === 'ASSISTANCE_BASE') return '认定后，其帮扶车间岗位对求职者公开。';
  if (AGENCY_KINDS.includes(kind)) return '核验后，才能登记劳动者、导入台账、推荐和组织出行，并申请跟踪服务补贴。';
  if (smallOrMicro) return '自报小微企业：核验后，小微企业身份才计入吸纳就业补贴。';
  return '普通用人单位无需认定即可招聘；认定后显示为已认定。';
}

export function OrganizationCard({
  organization,
  onVerify,
  verifying,
  error,
}: {
  organization: QueueOrganization;
  onVerify: () => void;
  verifying: boolean;
  error?: CombinedError;
}) {
  const nameId = `organization-${organization.id}`;
  return (
    <li className="card queue-item">
      <span className="title" id={nameId}>
        {organization.name}
      </span>
      <div>
        <span className="badge">{ORGANIZATION_KIND_LABELS[organization.kind]}</span>
        {organization.smallOrMicro && <span className="badge">小微企业</span>}
      </div>
      <dl className="facts">
        <dt>统一社会信用代码</dt>
        <dd>{organization.creditCode}</dd>
        <dt>所在地</dt>
        <dd>{organization.region.fullName}</dd>
        <dt>登记日期</dt>
        <dd>{chineseDay(organization.registeredAt)}</dd>
        <dt>联系电话</dt>
        <dd>{organization.contactPhone ? <a href={`tel:${organization.contactPhone}`}>{organization.contactPhone}</a> : '未填写'}</dd>
        <dt>地址</dt>
        <dd>{organization.address ?? '未填写'}</dd>
        <dt>岗位</dt>
        <dd>{organization.postingCount != null ? `${organization.postingCount} 个（招聘中 ${organization.openPostingCount ?? 0} 个）` : '—'}</dd>
      </dl>
      <p className="muted">{whatVerifying(organization.kind, organization.smallOrMicro)}</p>
      {organization.verified ? (
        <p className="ok" role="status">
          已认定{organization.verifiedAt && `（${chineseDay(organization.verifiedAt)}）`}
        </p>
      ) : (
        <div>
          <button type="button" onClick={onVerify} disabled={verifying} aria-describedby={nameId}>
            认定
          </button>
        </div>
      )}
      {error && <ErrorAlert error={shownError(error)} />}
    </li>
  );
}
