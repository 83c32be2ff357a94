import { Link, useLocation } from '../app/router';

const LINKS = [
  { href: '/agent/workers', label: '劳动力' },
  { href: '/agent/groups', label: '出行组' },
  { href: '/agent/placements', label: '跟踪服务' },
  { href: '/agent/import', label: '台账导入' },
] as const;

/** The labour agent's daily work (docs/ui-names.md): 劳动力, 出行组, 跟踪服务, 台账导入. Hidden in print (the 名单 prints alone). */
export function AgentNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="劳务机构工作" className="agent-nav no-print">
      {LINKS.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname.startsWith(link.href) ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
