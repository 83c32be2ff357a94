import { useState, type SyntheticEvent } from 'react';
import { useQuery } from 'urql';
import { problemOf, shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chosenRegion, RegionPicker, type RegionChoice } from '../../common/RegionPicker';
import { graphql } from '../../gql';
import { InputField as Field } from '../../common/FormField';
import { unplacedError } from '../../app/errors';
import { AwaitingConsent } from './AwaitingConsent';
import { WorkerCard } from './WorkerCard';

const SHOWN = 50;

const organisableDocument = graphql(`
  query AgentOrganisableWorkers($filter: WorkerFilterInput!, $first: Int!) {
    workers(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...AgentWorkerCard
        }
      }
    }
  }
`);

interface Search {
  name: string;
  skill: string;
  region: RegionChoice;
}

const EMPTY: Search = { name: '', skill: '', region: { province: '', city: '', county: '' } };

/** The agency's own workers (organisable: true), searched on the server by part of the name, one skill, hukou region. */
export function OrganisableWorkers() {
  const [draft, setDraft] = useState<Search>(EMPTY);
  const [search, setSearch] = useState<Search>(EMPTY);
  const filter = {
    organisable: true,
    name: search.name.trim() || undefined,
    skill: search.skill.trim() || undefined,
    regionCode: chosenRegion(search.region),
  };
  const [{ data, error, fetching }] = useQuery({ query: organisableDocument, variables: { filter, first: SHOWN } });
  const shown = shownError(error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSearch(draft);
  };

  return (
    <section aria-labelledby="agent-workers" className="agent-section">
      <h2 id="agent-workers">本机构可组织的劳动者</h2>
      <p className="hint">本机构登记的劳动者，以及人社部门委托给本机构、本人已同意的劳动者（户籍登记已核实）。</p>
      <AwaitingConsent />
      <form onSubmit={submit} className="agent-filters" role="search" aria-label="查找劳动者">
        <Field
          id="worker-name"
          label="姓名"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          problem={problemOf(shown, 'name')}
        />
        <Field
          id="worker-skill"
          label="技能"
          value={draft.skill}
          onChange={(e) => setDraft({ ...draft, skill: e.target.value })}
          problem={problemOf(shown, 'skill')}
        />
        <RegionPicker value={draft.region} onChange={(region) => setDraft({ ...draft, region })} />
        <button type="submit">查找</button>
      </form>
      <ErrorAlert error={unplacedError(shown, ['name', 'skill'])} />
      {!data && !error && <p className="loading">{fetching ? '加载中…' : ''}</p>}
      {data && (
        <p role="status">
          共 {data.workers.totalCount} 人
          {data.workers.totalCount > data.workers.edges.length && `，显示前 ${data.workers.edges.length} 人，请用姓名、技能或地区缩小范围`}
        </p>
      )}
      {data && data.workers.edges.length === 0 && <p className="hint">没有符合条件的劳动者。</p>}
      {data && data.workers.edges.length > 0 && (
        <ul className="results" aria-label="可组织的劳动者">
          {data.workers.edges.map(({ node }) => (
            <WorkerCard key={node.id} worker={node} titleId={`organisable-${node.id}`} />
          ))}
        </ul>
      )}
    </section>
  );
}
