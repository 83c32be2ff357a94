import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { problemOf, shownError } from '../../app/errors';
import { chinaToday } from '../../common/china-date';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import type { FollowUpChannel } from '../../gql/graphql';
import { InputField as Field } from '../../common/FormField';
import { unplacedError } from '../../app/errors';
import { FOLLOW_UP_CHANNEL_LABELS } from '../labels-agent';

const recordDocument = graphql(`
  mutation AgentRecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      placementId
      contactedOn
    }
  }
`);

const CHANNELS = Object.keys(FOLLOW_UP_CHANNEL_LABELS) as FollowUpChannel[];

/**
 * 记录回访: the agency's own record of talking to the worker. It is never a monthly confirmation (the employer attests
 * months), so the form says what the worker said, not whether the month counts.
 */
export function FollowUpForm({ placementId, startDate, describedBy }: { placementId: string; startDate: string; describedBy: string }) {
  const [contactedOn, setContactedOn] = useState(chinaToday);
  const [channel, setChannel] = useState<FollowUpChannel>('PHONE');
  const [note, setNote] = useState('');
  const [still, setStill] = useState<'' | 'yes' | 'no'>('');
  const [{ fetching, error, data }, record] = useMutation(recordDocument);
  const shown = shownError(error);
  const id = (name: string) => `follow-up-${placementId}-${name}`;
  const noteProblem = problemOf(shown, 'note');

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const stillEmployed = still === '' ? undefined : still === 'yes';
    void record({ input: { placementId, contactedOn, channel, note: note.trim(), stillEmployed } }).then((result) => {
      if (result.data) setNote('');
    });
  };

  return (
    <details className="agent-details">
      <summary aria-describedby={describedBy}>记录回访</summary>
      <form onSubmit={submit} className="stack" noValidate>
        <Field
          id={id('date')}
          label="回访日期"
          type="date"
          min={startDate}
          max={chinaToday()}
          value={contactedOn}
          onChange={(e) => setContactedOn(e.target.value)}
          problem={problemOf(shown, 'contactedOn')}
        />
        <div className="field">
          <label htmlFor={id('channel')}>回访方式</label>
          <select id={id('channel')} value={channel} onChange={(e) => setChannel(e.target.value as FollowUpChannel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {FOLLOW_UP_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('still')}>本人是否仍在岗</label>
          <select id={id('still')} value={still} onChange={(e) => setStill(e.target.value as '' | 'yes' | 'no')}>
            <option value="">没有说</option>
            <option value="yes">仍在岗</option>
            <option value="no">已不在岗</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('note')}>回访记录</label>
          <textarea
            id={id('note')}
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteProblem ? true : undefined}
            aria-describedby={noteProblem ? `${id('note')}-problem` : undefined}
          />
          {noteProblem && (
            <p id={`${id('note')}-problem`} className="field-error">
              {noteProblem}
            </p>
          )}
        </div>
        <ErrorAlert error={unplacedError(shown, ['contactedOn', 'note'])} />
        {data && !error && !fetching && (
          <p className="ok" role="status">
            已记录。
          </p>
        )}
        <button type="submit" disabled={fetching}>
          保存回访
        </button>
      </form>
    </details>
  );
}
