import { useState, type SyntheticEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import type { AgentGroupDetailFragment } from '../../gql/graphql';
import { GENDER_LABELS } from '../labels-agent';

const SHOWN = 50;

const candidatesDocument = graphql(`
  query AgentGroupCandidates($name: String, $first: Int!) {
    # Those looking for work: a worker placed (EMPLOYED) would only be refused for a second full-time job
    workers(filter: { organisable: true, seekingStatus: SEEKING, name: $name }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          gender
          age
          skills
          hukouRegion {
            name
          }
        }
      }
    }
  }
`);

const addDocument = graphql(`
  mutation AgentAddToGroup($input: AddToPlacementGroupInput!) {
    addToPlacementGroup(input: $input) {
      ...AgentGroupDetail
    }
  }
`);

/**
 * 加入出行组: tick workers of the agency (its own and those entrusted with consent) and add them at once. The server
 * keeps the roster within the posting's openings and each worker on one open roster; its Chinese reason is shown.
 */
export function AddToGroup({ group }: { group: AgentGroupDetailFragment }) {
  const [name, setName] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [{ data, error }] = useQuery({ query: candidatesDocument, variables: { name: search.trim() || undefined, first: SHOWN } });
  const [adding, add] = useMutation(addDocument);
  const onRoster = new Set(group.roster.map((m) => m.workerId));
  const candidates = data?.workers.edges.map((e) => e.node).filter((w) => !onRoster.has(w.id)) ?? [];
  const left = group.posting ? group.posting.openings - group.roster.length : null;

  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const workerIds = [...chosen].filter((id) => !onRoster.has(id));
    void add({ input: { groupId: group.id, workerIds } }).then((result) => {
      if (result.data) setChosen(new Set());
    });
  };

  return (
    <section aria-labelledby="group-add" className="agent-section no-print">
      <h2 id="group-add">加入劳动者</h2>
      {left !== null && <p className="hint">岗位还剩 {left} 个空缺（名单人数不能超过空缺）。下面列出本机构正在求职的劳动者。</p>}
      <form
        className="row"
        role="search"
        aria-label="按姓名查找劳动者"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(name);
        }}
      >
        <label>
          姓名
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="secondary">
          查找
        </button>
      </form>
      <ErrorAlert error={shownError(error)} />
      <form onSubmit={submit} className="stack">
        {data && candidates.length === 0 && <p className="hint">没有可以加入的劳动者。</p>}
        {candidates.length > 0 && (
          <fieldset className="agent-choices">
            <legend>选择劳动者</legend>
            {candidates.map((worker) => (
              <label key={worker.id} className="check">
                <input type="checkbox" checked={chosen.has(worker.id)} onChange={() => toggle(worker.id)} />
                <span>
                  {worker.name}
                  <span className="muted">
                    {' '}
                    · {GENDER_LABELS[worker.gender]} · {worker.age}岁 · {worker.hukouRegion.name}
                    {worker.skills.length > 0 && ` · ${worker.skills.join('、')}`}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {data && data.workers.totalCount > data.workers.edges.length && <p className="hint">只列出 {data.workers.edges.length} 人，请按姓名查找。</p>}
        <ErrorAlert error={shownError(adding.error)} />
        <button type="submit" disabled={adding.fetching || chosen.size === 0}>
          加入出行组
        </button>
      </form>
    </section>
  );
}
