import { useMutation } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chineseDate } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { AgentGroupDetailFragment } from '../../gql/graphql';
import { EditGroupForm } from './EditGroupForm';

const departDocument = graphql(`
  mutation AgentDepartGroup($groupId: ID!) {
    departPlacementGroup(groupId: $groupId) {
      ...AgentGroupDetail
    }
  }
`);

const cancelDocument = graphql(`
  mutation AgentCancelGroup($groupId: ID!) {
    cancelPlacementGroup(groupId: $groupId) {
      ...AgentGroupDetail
    }
  }
`);

/**
 * What the group waits for and what the agent can do now: the employer's approval (any change sends an approved group
 * back), 出发 once approved (the server allows it from the day before the date), 取消出行组 before it leaves.
 */
export function GroupActions({ group }: { group: AgentGroupDetailFragment }) {
  const [departure, depart] = useMutation(departDocument);
  const [cancellation, cancel] = useMutation(cancelDocument);
  const open = group.status === 'FORMING' || group.status === 'APPROVED';
  const onCancel = () => {
    if (window.confirm('确定取消这个出行组吗？名单上的劳动者会被释放，可以加入其他出行组。')) void cancel({ groupId: group.id });
  };

  return (
    <section aria-labelledby="group-next" className="agent-section no-print">
      <h2 id="group-next">下一步</h2>
      {group.status === 'FORMING' && (
        <p className="agent-notice">
          {group.roster.length === 0
            ? '先把劳动者加入出行组，再请用人单位确认名单和出发日期。'
            : '名单和出行信息等待用人单位确认。确认后才能出发；确认后再改名单或出行信息，需要用人单位重新确认。'}
        </p>
      )}
      {group.status === 'APPROVED' && (
        <>
          <p className="agent-notice">用人单位已确认名单。出发当天（最早前一天）点“出发”。</p>
          <button type="button" onClick={() => void depart({ groupId: group.id })} disabled={departure.fetching}>
            出发
          </button>
        </>
      )}
      {group.status === 'DEPARTED' && (
        <p className="agent-notice">
          {group.departedAt ? '已出发。' : ''}劳动者到岗后，逐一点“确认到达”，系统为每人建立就业记录（有组织劳务输出）。没有随团出行的人请移出名单。
        </p>
      )}
      {group.status === 'ARRIVED' && <p className="agent-notice">全组已到达，就业记录在“跟踪服务”中。</p>}
      {group.status === 'CANCELLED' && <p className="agent-notice">这个出行组已取消（出发日期原为 {chineseDate(group.departureDate)}）。</p>}
      <ErrorAlert error={shownError(departure.error)} />
      {open && <EditGroupForm group={group} />}
      {open && (
        <p>
          <button type="button" className="secondary" onClick={onCancel} disabled={cancellation.fetching}>
            取消出行组
          </button>
        </p>
      )}
      <ErrorAlert error={shownError(cancellation.error)} />
    </section>
  );
}
