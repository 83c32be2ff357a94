import { GENDER_LABELS } from '../../agent/labels-agent';
import { chineseDate } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { QueueReturneeFragment } from '../../gql/graphql';
import { memberFacts } from './member-facts';
import { WorkerFollowUp } from './WorkerFollowUp';

export const returneeFragment = graphql(`
  fragment QueueReturnee on Worker {
    id
    name
    gender
    age
    maskedIdNumber
    phone
    skills
    laborCapacity
    seekingStatus
    returnedHomeOn
    hukouRegion {
      fullName
    }
    recommendationRounds {
      id
    }
    household {
      id
      hasEmployedMember
      members {
        id
        name
        maskedIdNumber
        laborCapacity
        seekingStatus
        returnedHomeOn
      }
    }
  }
`);

/** A returnee with the household they came home to: whether anyone there works, and each member's labour. */
export function ReturneeCard({ worker }: { worker: QueueReturneeFragment }) {
  const nameId = `returnee-${worker.id}`;
  const others = worker.household.members.filter((m) => m.id !== worker.id);
  return (
    <li className="card queue-item">
      <span className="title" id={nameId}>
        {worker.name}
      </span>
      <div>
        {worker.returnedHomeOn && <strong>{chineseDate(worker.returnedHomeOn)}返乡</strong>}
        {worker.household.hasEmployedMember === false && <span className="badge queue-badge">零就业家庭</span>}
      </div>
      <div className="muted">
        {GENDER_LABELS[worker.gender]} · {worker.age}岁 · {memberFacts({ ...worker, returnedHomeOn: null })}
      </div>
      <div>{worker.hukouRegion.fullName}</div>
      {worker.skills.length > 0 && <div>技能：{worker.skills.join('、')}</div>}
      {worker.phone && (
        <div>
          电话：<a href={`tel:${worker.phone}`}>{worker.phone}</a>
        </div>
      )}
      <div className="queue-household">
        <span className="queue-label">家庭成员</span>
        {others.length === 0 ? (
          <p className="muted">户内没有其他登记的成员。</p>
        ) : (
          <ul aria-label={`${worker.name}的家庭成员`}>
            {others.map((member) => (
              <li key={member.id}>
                {member.name}：{memberFacts(member)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <WorkerFollowUp workerId={worker.id} name={worker.name} nameId={nameId} rounds={worker.recommendationRounds.length} />
    </li>
  );
}
