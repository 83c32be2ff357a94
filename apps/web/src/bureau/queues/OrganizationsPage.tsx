import { useState } from 'react';
import { useMutation } from 'urql';
import { AGENCY_KINDS, ORGANIZATION_KIND_LABELS } from '../../common/labels';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import { JurisdictionPicker } from './JurisdictionPicker';
import { keepActedRows } from './kept-rows';
import { OrganizationCard, type QueueOrganization } from './OrganizationCard';
import { QueueList } from './QueueList';
import { usePagedList } from './usePagedList';

const PAGE = 20;

const organizationsDocument = graphql(`
  query BureauOrganizationsAwaiting($filter: OrganizationFilterInput!, $first: Int!, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...QueueOrganization
        }
      }
    }
  }
`);

const verifyDocument = graphql(`
  mutation BureauVerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      verified
      verifiedAt
    }
  }
`);

/** The kinds whose verification changes what they may do, first in the 类型 list; 全部 shows every unverified one. */
const KINDS: OrganizationKind[] = ['WORKSHOP', 'ASSISTANCE_BASE', ...AGENCY_KINDS, 'ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'PUBLIC_EMPLOYER'];

/**
 * 待认定机构: organisations of the jurisdiction no bureau has verified yet, oldest registration first, with what a
 * verifier checks (credit code, kind, contact, postings) and what 认定 changes for each. A row verified here stays,
 * marked 已认定, until the page is left (the queue itself no longer holds it).
 */
export function OrganizationsPage({ jurisdiction }: { jurisdiction: string }) {
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const filter = { regionCode, verified: false, kinds: kind ? [kind] : undefined };
  const list = usePagedList(organizationsDocument, { filter, first: PAGE, after: null }, (data) => data.organizations);
  const [verification, verify] = useMutation(verifyDocument);
  const [verified, setVerified] = useState<QueueOrganization[]>([]);
  const [failedFor, setFailedFor] = useState<string | null>(null);

  const onVerify = (organization: QueueOrganization) => {
    setFailedFor(null);
    void verify({ id: organization.id }).then((result) => {
      if (result.data) setVerified((before) => [...before, { ...organization, ...result.data!.verifyOrganization }]);
      else setFailedFor(organization.id);
    });
  };

  // Oldest registration first, as the server lists the queue.
  const nodes = list.nodes && keepActedRows(list.nodes, verified, (a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id));
  return (
    <main className="queue-page">
      <h1>待认定机构</h1>
      <p className="hint">
        本辖区登记、尚未经人社部门认定的机构。就业帮扶车间、帮扶基地认定后岗位才对求职者公开；劳务机构核验后才能登记劳动者、组织出行；小微企业核验后才能申请吸纳就业补贴。
      </p>
      <div className="queue-filters">
        <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
        <div className="field">
          <label htmlFor="organization-kind">类型</label>
          <select id="organization-kind" value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind | '')}>
            <option value="">全部</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ORGANIZATION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueueList
        list={{ ...list, nodes }}
        label="待认定的机构"
        unit="家"
        empty="没有待认定的机构。"
        countNote={verified.length ? `；本次已认定 ${verified.length} 家` : undefined}
      >
        {(organization) => (
          <OrganizationCard
            key={organization.id}
            organization={organization}
            onVerify={() => onVerify(organization)}
            verifying={verification.fetching}
            error={failedFor === organization.id ? verification.error : undefined}
          />
        )}
      </QueueList>
    </main>
  );
}
