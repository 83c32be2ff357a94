import { Link, useLocation } from '../app/router';

const LINKS = [
  { href: '/employer/postings', label: '我的岗位' },
  { href: '/employer/placements', label: '在岗人员' },
  { href: '/employer/confirm', label: '月度确认' },
  { href: '/employer/groups', label: '出行组' },
  { href: '/employer/subsidies', label: '补贴' },
] as const;

/** The employer's daily work (docs/ui-names.md): 我的岗位, 在岗人员, 月度确认, and the agencies' 出行组 to confirm. */
export function EmployerNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="用人单位工作" className="subnav">
      {LINKS.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname.startsWith(link.href) ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
