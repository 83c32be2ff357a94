import { Link } from '../app/router';
import { useSession } from '../app/session';
import { MyApplications } from './mine/MyApplications';
import { MyRecommendations } from './mine/MyRecommendations';
import { MySubsidies } from './mine/MySubsidies';
import { MyWork } from './mine/MyWork';

/**
 * 我的 (docs/ui-names.md): a signed-in job seeker's applications, work, subsidies and recommendations. Each section fetches its
 * own data (one request each), so a slow or failing section never blanks the others.
 */
export function MinePage() {
  const { session } = useSession();
  if (!session) {
    return (
      <main className="narrow">
        <h1>我的</h1>
        <p>
          请先<Link href="/login?next=/me">登录</Link>，再查看您的申请、工作、补贴和推荐岗位。
        </p>
        <p className="hint">
          还没有账号？<Link href="/register-help">怎样登记求职</Link>
        </p>
      </main>
    );
  }
  if (session.role !== 'WORKER' || !session.workerId) {
    return (
      <main className="narrow">
        <h1>我的</h1>
        <p>
          “我的”是求职者查看申请和补贴的页面。用人单位、劳务机构和人社部门请到<Link href="/workspace">工作台</Link>办理。
        </p>
      </main>
    );
  }
  return (
    <main className="mine">
      <h1>我的</h1>
      <MyApplications workerId={session.workerId} />
      <MyWork />
      <MySubsidies />
      <MyRecommendations workerId={session.workerId} />
    </main>
  );
}
