import { useState, type SyntheticEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { problemOf, shownError } from '../app/errors';
import { ErrorAlert } from '../common/ErrorAlert';
import { FormField } from '../common/FormField';
import { ORGANIZATION_KIND_LABELS } from '../common/labels';
import { graphql } from '../gql';
import type { WorkspaceOrganizationQuery } from '../gql/graphql';

const organizationDocument = graphql(`
  query WorkspaceOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      verified
      contactPhone
      address
    }
  }
`);

const updateContactDocument = graphql(`
  mutation UpdateOrganizationContact($input: UpdateOrganizationContactInput!) {
    updateOrganizationContact(input: $input) {
      id
      contactPhone
      address
    }
  }
`);

/** The organisation the account acts for, whether a bureau has verified it, and its published contact. */
export function OrganizationCard({ organizationId }: { organizationId: string }) {
  const [{ data, error }] = useQuery({ query: organizationDocument, variables: { id: organizationId } });
  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">加载中…</p>;
  const organization = data.organization;
  return (
    <section aria-labelledby="organization" className="card stack">
      <h2 id="organization">{organization.name}</h2>
      <p>
        <span className="badge">{ORGANIZATION_KIND_LABELS[organization.kind]}</span>{' '}
        {organization.verified ? <span className="ok">已认定</span> : <span>待县人社部门认定</span>}
      </p>
      <ContactForm organization={organization} />
    </section>
  );
}

type Organization = WorkspaceOrganizationQuery['organization'];

/** 联系电话 and 地址 are public: job seekers see them on 怎样登记求职 and on postings. Empty clears a field. */
function ContactForm({ organization }: { organization: Organization }) {
  const [phone, setPhone] = useState(organization.contactPhone ?? '');
  const [address, setAddress] = useState(organization.address ?? '');
  const [{ fetching, error, data }, update] = useMutation(updateContactDocument);
  const shown = shownError(error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void update({ input: { organizationId: organization.id, contactPhone: phone.trim() || null, address: address.trim() || null } });
  };

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <h3>对外联系方式</h3>
      <p className="hint">公开显示给求职者，请填单位电话或服务电话，不要填个人手机号。</p>
      <FormField id="contact-phone" label="联系电话" problem={problemOf(shown, 'contactPhone')}>
        <input value={phone} inputMode="tel" onChange={(e) => setPhone(e.target.value)} />
      </FormField>
      <FormField id="contact-address" label="地址" problem={problemOf(shown, 'address')}>
        <input value={address} onChange={(e) => setAddress(e.target.value)} />
      </FormField>
      {shown && !shown.problems.length && <ErrorAlert error={shown} />}
      {data && !error && !fetching && (
        <p className="ok" role="status">
          已保存。
        </p>
      )}
      <button type="submit" disabled={fetching}>
        保存联系方式
      </button>
    </form>
  );
}
