import type { LaborCapacity, SeekingStatus } from '../../gql/graphql';
import { LABOR_CAPACITY_LABELS, SEEKING_STATUS_LABELS } from '../../agent/labels-agent';
import { chineseDate } from '../../common/labels-mine';

/** One household member's line as a county officer reads it: the masked ID (never more), labour, seeking, 返乡. */
export function memberFacts(member: {
  maskedIdNumber?: string | null;
  laborCapacity: LaborCapacity;
  seekingStatus: SeekingStatus;
  returnedHomeOn?: string | null;
}): string {
  return [
    member.maskedIdNumber ? `身份证 ${member.maskedIdNumber}` : null,
    LABOR_CAPACITY_LABELS[member.laborCapacity],
    SEEKING_STATUS_LABELS[member.seekingStatus],
    member.returnedHomeOn ? `${chineseDate(member.returnedHomeOn)}返乡` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
