import type { ReactNode } from 'react';
import { NotFoundPage } from '../common/NotFoundPage';
import { BureauNav } from './BureauNav';
import { BureauOnly } from './BureauOnly';

/** The bureau's pages under /bureau, one chunk loaded when a bureau officer first opens one of them. */
export function BureauPages({ path }: { path: string }) {
  return (
    <BureauOnly>
      {(regionCode) => (
        <>
          <BureauNav />
          {page(path, regionCode)}
        </>
      )}
    </BureauOnly>
  );
}

// Each page takes the account's jurisdiction; the pages pick regions inside it themselves.
function page(path: string, regionCode: string): ReactNode {
  void regionCode;
  return <NotFoundPage />;
}
