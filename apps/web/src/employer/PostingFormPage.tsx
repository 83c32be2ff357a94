import { useEffect, useState, type SyntheticEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { problemOf, shownError, unplacedError, type ShownError } from '../app/errors';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { FormField } from '../common/FormField';
import { KIND_LABELS } from '../common/labels';
import { choiceOf, chosenRegion, RegionPicker } from '../common/RegionPicker';
import { graphql } from '../gql';
import type { PostingKind } from '../gql/graphql';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';
import { PartnerProvinces } from './PartnerProvinces';
import { EMPTY_DRAFT, inputOf, missingFields, type PostingDraft } from './posting-draft';

const editedDocument = graphql(`
  query PostingToEdit($id: ID!) {
    posting(id: $id) {
      id
      title
      kind
      description
      wageMin
      wageMax
      headcount
      contractMonths
      validUntil
      partnerRegionCodes
      benefits
      region {
        code
      }
    }
  }
`);

const ownKindDocument = graphql(`
  query EmployerOrganizationKind($id: ID!) {
    organization(id: $id) {
      id
      kind
    }
  }
`);

const checkDocument = graphql(`
  query CheckPostingDraft($input: CreatePostingInput!) {
    checkPosting(input: $input) {
      field
      reason
      message
    }
  }
`);

const createDocument = graphql(`
  mutation PublishPosting($input: CreatePostingInput!) {
    createPosting(input: $input) {
      id
    }
  }
`);

const updateDocument = graphql(`
  mutation EditPosting($input: UpdatePostingInput!) {
    updatePosting(input: $input) {
      id
    }
  }
`);

/** How long typing must pause before the draft is checked by the server's rules. */
const CHECK_AFTER_MS = 400;

/** 发布岗位 and 编辑 (docs/ui-names.md): the server's rules checked as the employer types, every problem beside its field. */
export function PostingFormPage({ postingId }: { postingId?: string }) {
  const { session } = useSession();
  const [{ data: edited }] = useQuery({ query: editedDocument, variables: { id: postingId ?? '' }, pause: !postingId });
  const [{ data: own }] = useQuery({ query: ownKindDocument, variables: { id: session?.organizationId ?? '' }, pause: !session?.organizationId });
  const loaded = edited?.posting;
  if (postingId && !loaded) return <p className="loading">加载中…</p>;
  const start: PostingDraft = loaded
    ? {
        title: loaded.title,
        kind: loaded.kind,
        description: loaded.description,
        regionCode: loaded.region.code,
        wageMin: String(loaded.wageMin),
        wageMax: String(loaded.wageMax),
        headcount: String(loaded.headcount),
        contractMonths: String(loaded.contractMonths),
        validUntil: loaded.validUntil ?? '',
        partnerRegionCodes: loaded.partnerRegionCodes,
        benefits: loaded.benefits.join('、'),
      }
    : EMPTY_DRAFT;
  const workshop = own?.organization.kind === 'WORKSHOP' || own?.organization.kind === 'ASSISTANCE_BASE';
  const kinds: PostingKind[] = workshop ? ['WORKSHOP', 'LOCAL', 'EAST_WEST'] : ['LOCAL', 'EAST_WEST'];
  return (
    <EmployerOnly>
      <main className="narrow">
        <EmployerNav />
        <h1>{postingId ? '编辑岗位' : '发布岗位'}</h1>
        <PostingForm start={start} postingId={postingId} kinds={kinds} />
      </main>
    </EmployerOnly>
  );
}

function PostingForm({ start, postingId, kinds }: { start: PostingDraft; postingId?: string; kinds: PostingKind[] }) {
  const client = useClient();
  const [draft, setDraft] = useState(start);
  const [checked, setChecked] = useState<Array<{ field: string; reason: string; message: string }>>([]);
  const [tried, setTried] = useState(false);
  const [created, create] = useMutation(createDocument);
  const [updated, update] = useMutation(updateDocument);
  const submitted: ShownError | null = shownError(created.error ?? updated.error);
  const set = <K extends keyof PostingDraft>(key: K, value: PostingDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // The server's own rules, a moment after each change: the same problems 发布 would be refused for.
  useEffect(() => {
    const input = inputOf(draft);
    if (!input) return;
    const timer = setTimeout(() => {
      void client
        .query(checkDocument, { input }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => setChecked(result.data?.checkPosting ?? []));
    }, CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [client, draft]);

  const missing = tried ? missingFields(draft) : {};
  const problem = (field: string) => {
    const found = checked.find((p) => p.field === field);
    // The regions rule speaks of codes; the employer picked from lists, so say which list is left.
    if (found?.reason === 'NOT_A_COUNTY') return '请把工作地点选到县（区）';
    return missing[field] ?? problemOf(submitted, field) ?? found?.message;
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    const input = inputOf(draft);
    if (!input) return;
    // The kind of a posting never changes: an edit sends everything else.
    const { kind: _kind, ...changes } = input;
    const result = postingId ? await update({ input: { ...changes, id: postingId } }) : await create({ input });
    if (!result.error) navigate('/employer/postings');
  };

  const unplaced = unplacedError(submitted, Object.keys(EMPTY_DRAFT));

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" noValidate>
      <FormField id="posting-title" label="岗位名称" problem={problem('title')}>
        <input value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={60} />
      </FormField>
      <FormField id="posting-kind" label="岗位类型" problem={problem('kind')}>
        <select value={draft.kind} onChange={(e) => set('kind', e.target.value as PostingKind)} disabled={Boolean(postingId)}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </FormField>
      {draft.kind === 'EAST_WEST' && (
        <PartnerProvinces value={draft.partnerRegionCodes} onChange={(codes) => set('partnerRegionCodes', codes)} problem={problem('partnerRegionCodes')} />
      )}
      <fieldset className="field" aria-describedby={problem('regionCode') ? 'posting-region-problem' : undefined}>
        <legend>工作地点</legend>
        <div className="filters">
          <RegionPicker anyLabel="请选择" value={choiceOf(draft.regionCode)} onChange={(choice) => set('regionCode', chosenRegion(choice) ?? '')} />
        </div>
        {problem('regionCode') && (
          <p id="posting-region-problem" className="field-error">
            {problem('regionCode')}
          </p>
        )}
      </fieldset>
      <div className="pair">
        <FormField id="posting-wage-min" label="月薪下限" problem={problem('wageMin')}>
          <input inputMode="numeric" value={draft.wageMin} onChange={(e) => set('wageMin', e.target.value)} />
        </FormField>
        <FormField id="posting-wage-max" label="月薪上限" problem={problem('wageMax')}>
          <input inputMode="numeric" value={draft.wageMax} onChange={(e) => set('wageMax', e.target.value)} />
        </FormField>
      </div>
      <div className="pair">
        <FormField id="posting-headcount" label="招聘人数" problem={problem('headcount')}>
          <input inputMode="numeric" value={draft.headcount} onChange={(e) => set('headcount', e.target.value)} />
        </FormField>
        <FormField id="posting-contract" label="合同期限（月）" problem={problem('contractMonths')}>
          <input inputMode="numeric" value={draft.contractMonths} onChange={(e) => set('contractMonths', e.target.value)} />
        </FormField>
      </div>
      <FormField id="posting-valid-until" label="有效期至" problem={problem('validUntil')} hint="不填则一直有效，直到关闭岗位">
        <input type="date" value={draft.validUntil} onChange={(e) => set('validUntil', e.target.value)} />
      </FormField>
      <FormField id="posting-benefits" label="福利待遇" problem={problem('benefits')} hint="用顿号隔开，如 包吃包住、五险一金">
        <input value={draft.benefits} onChange={(e) => set('benefits', e.target.value)} />
      </FormField>
      <FormField id="posting-description" label="岗位描述" problem={problem('description')}>
        <textarea rows={5} value={draft.description} onChange={(e) => set('description', e.target.value)} />
      </FormField>
      <ErrorAlert error={unplaced} />
      <button type="submit" disabled={created.fetching || updated.fetching}>
        {postingId ? '保存' : '发布'}
      </button>
    </form>
  );
}
