import { Link, navigate } from '../app/router';
import { homeOf, useSession } from '../app/session';

/** 主导航 (docs/ui-names.md): 找工作 for everyone, 我的 or 工作台 once signed in, 登录 / 退出登录. */
export function Nav() {
  const { session, signOut } = useSession();
  return (
    <header className="top">
      <nav aria-label="主导航">
        <Link href="/" className="brand">
          就业帮扶
        </Link>
        <Link href="/">找工作</Link>
        {session?.role === 'WORKER' && <Link href="/me">我的</Link>}
        {session && session.role !== 'WORKER' && <Link href={homeOf(session.role)}>工作台</Link>}
        {session ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              signOut();
              navigate('/');
            }}
          >
            退出登录
          </button>
        ) : (
          <Link href="/login">登录</Link>
        )}
      </nav>
    </header>
  );
}
