import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { useSession } from '../app/session';

/** The agent's pages need an AGENT account of an agency: anyone else is told where to go instead of seeing errors. */
export function AgentOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (session?.role === 'AGENT' && session.organizationId) return <>{children}</>;
  return (
    <main className="narrow">
      <h1>劳务机构工作台</h1>
      <p>
        这里是劳务公司、劳务经纪人的工作页面，请用机构账号<Link href={`/login?next=${encodeURIComponent(window.location.pathname)}`}>登录</Link>。
      </p>
    </main>
  );
}
