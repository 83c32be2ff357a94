import type { BureauZeroEmploymentHouseholdsQuery } from '../../gql/graphql';
import { memberFacts } from './member-facts';
import { WorkerFollowUp } from './WorkerFollowUp';

type Household = BureauZeroEmploymentHouseholdsQuery['zeroEmploymentHouseholds']['edges'][number]['node'];

/** A 零就业家庭 and its members; each member who is not in work can be offered postings. */
export function HouseholdCard({ household }: { household: Household }) {
  const [first] = household.members;
  const title = first ? `${first.name}家（${household.members.length} 人）` : '家庭';
  return (
    <li className="card queue-item">
      <span className="title">{title}</span>
      <div className="muted">{household.hukouRegion.fullName}</div>
      <ul className="queue-members" aria-label={`${title}的成员`}>
        {household.members.map((member) => {
          const nameId = `member-${member.id}`;
          return (
            <li key={member.id}>
              <span className="queue-member-name" id={nameId}>
                {member.name}
              </span>
              <div className="muted">{memberFacts(member)}</div>
              {member.seekingStatus !== 'EMPLOYED' && <WorkerFollowUp workerId={member.id} name={member.name} nameId={nameId} />}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
