import { Link, useLocation } from '../app/router';

// One entry per page of the bureau's week (docs/ui-names.md, Bureaus); '/bureau' itself is the dashboard (工作台).
const LINKS = [
  { href: '/bureau', label: '进度概况' },
  { href: '/bureau/claims', label: '补贴审核' },
  { href: '/bureau/organizations', label: '待认定机构' },
  { href: '/bureau/categories', label: '待核实类别' },
  { href: '/bureau/returnees', label: '返乡回流' },
  { href: '/bureau/households', label: '零就业家庭' },
  { href: '/bureau/reveals', label: '身份证查看记录' },
  { href: '/bureau/reports', label: '周报' },
  { href: '/bureau/import', label: '台账导入' },
] as const;

/**
 * The bureau's work (docs/ui-names.md): the dashboard, its queues, reports and imports. Above each page's own main,
 * so it is aligned with it; hidden in print.
 */
export function BureauNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="人社部门工作" className="agent-nav bureau-nav no-print">
      {LINKS.map((link) => {
        const current = link.href === '/bureau' ? pathname === '/bureau' : pathname.startsWith(link.href);
        return (
          <Link key={link.href} href={link.href} aria-current={current ? 'page' : undefined}>
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
