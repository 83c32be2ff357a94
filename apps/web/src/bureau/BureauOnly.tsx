import type { ReactNode } from 'react';
import { Link } from '../app/router';
import { useSession } from '../app/session';

/** The bureau's pages need a BUREAU account with a jurisdiction: anyone else is told where to go instead of seeing errors. */
export function BureauOnly({ children }: { children: (regionCode: string) => ReactNode }) {
  const { session } = useSession();
  if (session?.role === 'BUREAU' && session.regionCode) return <>{children(session.regionCode)}</>;
  return (
    <main className="narrow">
      <h1>人社部门工作台</h1>
      <p>
        这里是县、市、省人社部门（乡村振兴部门）的工作页面，请用部门账号
        <Link href={`/login?next=${encodeURIComponent(window.location.pathname)}`}>登录</Link>。
      </p>
    </main>
  );
}
