import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { problemOf, shownError } from '../../app/errors';
import { navigate } from '../../app/router';
import { chinaToday } from '../../common/china-date';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import { InputField as Field } from '../../common/FormField';
import { unplacedError } from '../../app/errors';
import { PostingSelect } from '../common/PostingSelect';

const createDocument = graphql(`
  mutation AgentCreateGroup($input: CreatePlacementGroupInput!) {
    createPlacementGroup(input: $input) {
      id
      status
    }
  }
`);

/** How groups usually travel; the field takes any text (the API keeps it as written). */
const TRANSPORTS = ['包车', '高铁', '火车', '飞机', '自行前往'];

/**
 * 新建出行组 (docs/ui-names.md: 岗位, 出发日期, 集合地点, 交通方式). The server judges every field at once (a past date, a posting
 * no longer open) and its Chinese message is shown beside the field it names; the new group's page opens next.
 */
export function NewGroupForm() {
  const [postingId, setPostingId] = useState('');
  const [departureDate, setDepartureDate] = useState('');
  const [departurePoint, setDeparturePoint] = useState('');
  const [transport, setTransport] = useState('');
  const [{ fetching, error }, create] = useMutation(createDocument);
  const shown = shownError(error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void create({ input: { postingId, departureDate, departurePoint: departurePoint.trim(), transport: transport.trim() } }).then((result) => {
      if (result.data) navigate(`/agent/groups/${result.data.createPlacementGroup.id}`);
    });
  };

  return (
    <section aria-labelledby="agent-new-group" className="agent-section card">
      <h2 id="agent-new-group">新建出行组</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <PostingSelect id="group-posting" value={postingId} onChange={setPostingId} problem={problemOf(shown, 'postingId')} />
        <Field
          id="group-date"
          label="出发日期"
          type="date"
          min={chinaToday()}
          value={departureDate}
          onChange={(e) => setDepartureDate(e.target.value)}
          problem={problemOf(shown, 'departureDate')}
        />
        <Field
          id="group-point"
          label="集合地点"
          value={departurePoint}
          onChange={(e) => setDeparturePoint(e.target.value)}
          problem={problemOf(shown, 'departurePoint')}
        />
        <Field
          id="group-transport"
          label="交通方式"
          list="group-transports"
          value={transport}
          onChange={(e) => setTransport(e.target.value)}
          problem={problemOf(shown, 'transport')}
        />
        <datalist id="group-transports">
          {TRANSPORTS.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <ErrorAlert error={unplacedError(shown, ['postingId', 'departureDate', 'departurePoint', 'transport'])} />
        <button type="submit" disabled={fetching}>
          新建出行组
        </button>
      </form>
    </section>
  );
}
