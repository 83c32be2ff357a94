import { Link } from '../app/router';
import { useSession } from '../app/session';
import { AgentNav } from '../agent/AgentNav';
import { BureauNav } from '../bureau/BureauNav';
import { ROLE_LABELS } from '../common/labels';
import { EmployerNav } from '../employer/EmployerNav';
import { PostingList } from '../employer/EmployerPostingsPage';
import { BureauRegion } from './BureauRegion';
import { OrganizationCard } from './OrganizationCard';

/**
 * Where employers, agents and bureaus land after signing in: who they are acting for, their organisation's
 * published contact (shown to job seekers on 怎样登记求职), and, for an employer, its postings.
 */
export function WorkspacePage() {
  const { session } = useSession();
  if (!session || session.role === 'WORKER') {
    return (
      <main className="narrow">
        <h1>工作台</h1>
        <p>
          工作台供用人单位、劳务机构和人社部门使用，请先<Link href="/login?next=/workspace">登录</Link>。
          {session && (
            <>
              求职者请到 <Link href="/me">我的</Link>。
            </>
          )}
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>工作台</h1>
      <p>
        {session.username}（{ROLE_LABELS[session.role]}）
      </p>
      {session.role === 'EMPLOYER' && <EmployerNav />}
      {session.role === 'AGENT' && <AgentNav />}
      {session.role === 'BUREAU' && <BureauNav />}
      {session.organizationId && <OrganizationCard organizationId={session.organizationId} />}
      {session.role === 'EMPLOYER' && session.organizationId && (
        <section aria-labelledby="own-postings" className="stack">
          <h2 id="own-postings">本单位岗位</h2>
          <PostingList organizationId={session.organizationId} />
        </section>
      )}
      {session.role === 'BUREAU' && session.regionCode && <BureauRegion regionCode={session.regionCode} />}
      <p>
        <Link href="/">找工作：查看平台上的全部岗位</Link>
      </p>
    </main>
  );
}
