import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { problemOf, shownError } from '../../app/errors';
import { chinaToday } from '../../common/china-date';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import type { AgentGroupDetailFragment } from '../../gql/graphql';
import { InputField as Field } from '../../common/FormField';
import { unplacedError } from '../../app/errors';

const updateDocument = graphql(`
  mutation AgentUpdateGroup($input: UpdatePlacementGroupInput!) {
    updatePlacementGroup(input: $input) {
      ...AgentGroupDetail
    }
  }
`);

/** 修改出行信息: only what changed is sent; an approved group goes back to waiting for the employer (said beforehand). */
export function EditGroupForm({ group }: { group: AgentGroupDetailFragment }) {
  const [departureDate, setDepartureDate] = useState(group.departureDate);
  const [departurePoint, setDeparturePoint] = useState(group.departurePoint);
  const [transport, setTransport] = useState(group.transport);
  const [{ fetching, error, data }, update] = useMutation(updateDocument);
  const shown = shownError(error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const changed = {
      departureDate: departureDate !== group.departureDate ? departureDate : undefined,
      departurePoint: departurePoint.trim() !== group.departurePoint ? departurePoint.trim() : undefined,
      transport: transport.trim() !== group.transport ? transport.trim() : undefined,
    };
    void update({ input: { groupId: group.id, ...changed } });
  };

  return (
    <details className="agent-details">
      <summary>修改出行信息</summary>
      <form onSubmit={submit} className="stack" noValidate>
        {group.status === 'APPROVED' && <p className="hint">修改后需要用人单位重新确认。</p>}
        <Field
          id="edit-date"
          label="出发日期"
          type="date"
          min={chinaToday()}
          value={departureDate}
          onChange={(e) => setDepartureDate(e.target.value)}
          problem={problemOf(shown, 'departureDate')}
        />
        <Field
          id="edit-point"
          label="集合地点"
          value={departurePoint}
          onChange={(e) => setDeparturePoint(e.target.value)}
          problem={problemOf(shown, 'departurePoint')}
        />
        <Field id="edit-transport" label="交通方式" value={transport} onChange={(e) => setTransport(e.target.value)} problem={problemOf(shown, 'transport')} />
        <ErrorAlert error={unplacedError(shown, ['departureDate', 'departurePoint', 'transport'])} />
        {data && !error && !fetching && (
          <p className="ok" role="status">
            已保存。
          </p>
        )}
        <button type="submit" disabled={fetching}>
          保存出行信息
        </button>
      </form>
    </details>
  );
}
