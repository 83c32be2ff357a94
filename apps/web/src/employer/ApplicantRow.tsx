import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { problemOf, shownError } from '../app/errors';
import { chinaToday } from '../common/china-date';
import { ErrorAlert } from '../common/ErrorAlert';
import { FormField } from '../common/FormField';
import { graphql } from '../gql';
import type { PostingApplicantsQuery } from '../gql/graphql';

const hireDocument = graphql(`
  mutation HireApplicant($input: HireInput!) {
    hire(input: $input) {
      id
      status
      startDate
    }
  }
`);

const rejectDocument = graphql(`
  mutation RejectApplicant($input: RejectApplicationInput!) {
    rejectApplication(input: $input) {
      id
      status
      rejectReason
    }
  }
`);

type Application = PostingApplicantsQuery['applications']['edges'][number]['node'];

const CAPACITY = { FULL: '全劳力', HALF: '半劳力', WEAK: '弱劳力' } as const;
const GENDER = { MALE: '男', FEMALE: '女' } as const;

/** One applicant: who they are (as much as the employer may see), and the decision while it is open. */
export function ApplicantRow({ application, contractMonths, statusLabel }: { application: Application; contractMonths: number; statusLabel: string }) {
  const [open, setOpen] = useState<'hire' | 'reject' | null>(null);
  const worker = application.worker;
  const name = worker?.name ?? '（无权查看）';
  return (
    <li className="card stack">
      <strong>{name}</strong>
      {worker && (
        <div className="muted">
          {GENDER[worker.gender]} · {worker.age} 岁 · {CAPACITY[worker.laborCapacity]} · 户籍 {worker.hukouRegion.fullName}
          {worker.phone && ` · 电话 ${worker.phone}`}
        </div>
      )}
      {worker && worker.skills.length > 0 && <div>技能：{worker.skills.join('、')}</div>}
      {application.match && (
        <div>
          匹配度 <strong>{application.match.score}</strong> 分
          {application.match.reasons.length > 0 && (
            <ul className="reasons" aria-label={`${name}的匹配原因`}>
              {application.match.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div>
        {statusLabel}
        {application.agentOrganizationId && ' · 劳务机构推荐'}
        {application.rejectReason && ` · 原因：${application.rejectReason}`}
      </div>
      {application.status === 'APPLIED' && (
        <>
          <div className="row wrap">
            <button type="button" onClick={() => setOpen(open === 'hire' ? null : 'hire')} aria-expanded={open === 'hire'}>
              录用
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(open === 'reject' ? null : 'reject')} aria-expanded={open === 'reject'}>
              不录用
            </button>
          </div>
          {open === 'hire' && <HireForm applicationId={application.id} contractMonths={contractMonths} who={name} />}
          {open === 'reject' && <RejectForm applicationId={application.id} who={name} />}
        </>
      )}
    </li>
  );
}

function HireForm({ applicationId, contractMonths, who }: { applicationId: string; contractMonths: number; who: string }) {
  const [startDate, setStartDate] = useState(chinaToday());
  const [months, setMonths] = useState(String(contractMonths));
  const [{ error, fetching }, hire] = useMutation(hireDocument);
  const shown = shownError(error);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void hire({ input: { applicationId, startDate, contractMonths: Number(months) } });
  };
  return (
    <form onSubmit={submit} className="stack" aria-label={`录用 ${who}`}>
      <FormField id={`hire-start-${applicationId}`} label="入职日期" problem={problemOf(shown, 'startDate')}>
        <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
      </FormField>
      <FormField id={`hire-months-${applicationId}`} label="合同期限（月）" problem={problemOf(shown, 'contractMonths')}>
        <input inputMode="numeric" value={months} onChange={(e) => setMonths(e.target.value)} />
      </FormField>
      {shown && !problemOf(shown, 'startDate') && !problemOf(shown, 'contractMonths') && <ErrorAlert error={shown} />}
      <button type="submit" disabled={fetching}>
        确认录用
      </button>
    </form>
  );
}

function RejectForm({ applicationId, who }: { applicationId: string; who: string }) {
  const [reason, setReason] = useState('');
  const [{ error, fetching }, reject] = useMutation(rejectDocument);
  const shown = shownError(error);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void reject({ input: { applicationId, reason: reason.trim() } });
  };
  return (
    <form onSubmit={submit} className="stack" aria-label={`不录用 ${who}`}>
      <FormField id={`reject-reason-${applicationId}`} label="原因" problem={problemOf(shown, 'reason')} hint="求职者会看到这个原因">
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormField>
      {shown && !problemOf(shown, 'reason') && <ErrorAlert error={shown} />}
      <button type="submit" disabled={fetching}>
        确认不录用
      </button>
    </form>
  );
}
