import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import type { AgentWorkerCardFragment } from '../../gql/graphql';
import { GENDER_LABELS, LABOR_CAPACITY_LABELS, SEEKING_STATUS_LABELS } from '../labels-agent';

// Spread by every list of workers on these pages; fragment masking is off, so the type is the plain fields.
export const workerCardFragment = graphql(`
  fragment AgentWorkerCard on Worker {
    id
    name
    gender
    age
    phone
    skills
    laborCapacity
    seekingStatus
    hukouRegion {
      fullName
    }
  }
`);

/** One worker as an agency sees them: no ID number (the API never gives agencies one), the phone it may call. */
/** `titleId` names the card (for its buttons' descriptions); unique per list, since a worker may be in two lists. */
export function WorkerCard({ worker, titleId, children }: { worker: AgentWorkerCardFragment; titleId: string; children?: ReactNode }) {
  return (
    <li className="card agent-item">
      <span className="title" id={titleId}>
        {worker.name}
      </span>
      <div className="muted">
        {GENDER_LABELS[worker.gender]} · {worker.age}岁 · {LABOR_CAPACITY_LABELS[worker.laborCapacity]} · {SEEKING_STATUS_LABELS[worker.seekingStatus]}
      </div>
      <div>{worker.hukouRegion.fullName}</div>
      {worker.skills.length > 0 && <div>技能：{worker.skills.join('、')}</div>}
      {worker.phone && (
        <div>
          电话：<a href={`tel:${worker.phone}`}>{worker.phone}</a>
        </div>
      )}
      {children}
    </li>
  );
}
