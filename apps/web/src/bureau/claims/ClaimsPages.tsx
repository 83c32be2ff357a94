import { useState, type ReactNode } from 'react';
import { Link, useLocation } from '../../app/router';
import { NotFoundPage } from '../../common/NotFoundPage';
import { JurisdictionPicker } from '../queues/JurisdictionPicker';
import { PaymentPage } from './PaymentPage';
import { ReviewPage } from './ReviewPage';
import { UnclaimedPage } from './UnclaimedPage';

// The claim work in the order it flows: review what was submitted, pay what was approved, raise what nobody claimed.
const STEPS = [
  { href: '/bureau/claims', label: '待审核', title: '补贴审核' },
  { href: '/bureau/claims/pay', label: '待发放', title: '补贴发放' },
  { href: '/bureau/claims/unclaimed', label: '应发未发', title: '应发未发的补贴' },
] as const;

/**
 * 补贴审核 (/bureau/claims and below) for the bureau's jurisdiction: 待审核, 待发放, 应发未发. A city's or province's
 * bureau narrows all three to a 市 or 县 (kept while moving between them).
 */
export function ClaimsPages({ path, regionCode: jurisdiction }: { path: string; regionCode: string }) {
  const [regionCode, setRegionCode] = useState(jurisdiction);
  const step = STEPS.find((s) => s.href === path.replace(/\/$/, ''));
  if (!step) return <NotFoundPage />;
  let body: ReactNode;
  if (step.href === '/bureau/claims') body = <ReviewPage regionCode={regionCode} />;
  else if (step.href === '/bureau/claims/pay') body = <PaymentPage regionCode={regionCode} />;
  else body = <UnclaimedPage regionCode={regionCode} />;
  return (
    <main className="bureau-claims-page">
      <h1>{step.title}</h1>
      <ClaimsNav />
      <JurisdictionPicker jurisdiction={jurisdiction} value={regionCode} onChange={setRegionCode} />
      {body}
    </main>
  );
}

function ClaimsNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="补贴工作" className="agent-nav">
      {STEPS.map((s) => (
        <Link key={s.href} href={s.href} aria-current={pathname.replace(/\/$/, '') === s.href ? 'page' : undefined}>
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
