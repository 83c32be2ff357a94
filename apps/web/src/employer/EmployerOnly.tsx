import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { useSession } from '../app/session';

/** The employer's pages need an EMPLOYER account: anyone else is told where to go instead of seeing errors. */
export function EmployerOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (session?.role === 'EMPLOYER' && session.organizationId) return <>{children}</>;
  return (
    <main className="narrow">
      <h1>用人单位工作台</h1>
      <p>
        这里是用人单位的工作页面，请用单位账号<Link href={`/login?next=${encodeURIComponent(window.location.pathname)}`}>登录</Link>。
      </p>
    </main>
  );
}
