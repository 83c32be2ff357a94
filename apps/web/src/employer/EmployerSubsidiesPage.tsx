import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../app/errors';
import { Link } from '../app/router';
import { ErrorAlert } from '../common/ErrorAlert';
import { SUBSIDY_KIND_LABELS } from '../common/labels-mine';
import { ClaimableSubsidies } from '../common/subsidies/ClaimableSubsidies';
import { ClaimList } from '../common/subsidies/ClaimList';
import { graphql } from '../gql';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';

const claimsDocument = graphql(`
  query EmployerClaims {
    subsidyClaims(first: 50) {
      totalCount
      edges {
        node {
          ...ClaimCardFields
          worker {
            name
          }
        }
      }
    }
  }
`);

/**
 * 补贴 (issue 18): what the organisation may claim now at all its placements, and its own claims (吸纳就业补贴 and others
 * paid to the employer) and where each stands; each placement's assessment with its reasons is on 在岗人员.
 */
export function EmployerSubsidiesPage() {
  const context = useMemo(() => ({ additionalTypenames: ['SubsidyClaim'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: claimsDocument, context });
  return (
    <EmployerOnly>
      <main>
        <EmployerNav />
        <h1>补贴</h1>
        <p className="hint">
          吸纳脱贫人口就业、签订劳动合同并缴纳社保的单位可申请吸纳就业补贴。能否申请由人社部门按政策和每月的在岗确认核定：现在可以申请的列在下面；
          还不能申请的原因在<Link href="/employer/placements">在岗人员</Link>里每个人的“单位补贴”中。
        </p>
        <ClaimableSubsidies heading="可申请的补贴" empty="目前没有可以申请的补贴。" />
        <h2>本单位的补贴申请</h2>
        {error && <ErrorAlert error={shownError(error)} />}
        {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
        {data && (
          <ClaimList
            claims={data.subsidyClaims}
            label="本单位的补贴申请"
            empty="还没有补贴申请。"
            className="mine-item"
            title={(claim) => `${SUBSIDY_KIND_LABELS[claim.kind]} · ${claim.worker?.name ?? '（无权查看的人员）'}`}
            detail={(claim) => claim.placement?.posting && ` · ${claim.placement.posting.title}`}
          />
        )}
      </main>
    </EmployerOnly>
  );
}
