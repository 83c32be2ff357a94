import type { ReactNode } from 'react';
import { CategoriesPage } from './CategoriesPage';
import { HouseholdsPage } from './HouseholdsPage';
import { OrganizationsPage } from './OrganizationsPage';
import { ReturneesPage } from './ReturneesPage';
import { RevealsPage } from './RevealsPage';

/** The bureau's work queues by path (BureauNav's links), or null for a path that is not a queue. */
export function queuePage(path: string, jurisdiction: string): ReactNode | null {
  if (path === '/bureau/organizations') return <OrganizationsPage jurisdiction={jurisdiction} />;
  if (path === '/bureau/categories') return <CategoriesPage jurisdiction={jurisdiction} />;
  if (path === '/bureau/returnees') return <ReturneesPage jurisdiction={jurisdiction} />;
  if (path === '/bureau/households') return <HouseholdsPage jurisdiction={jurisdiction} />;
  if (path === '/bureau/reveals') return <RevealsPage jurisdiction={jurisdiction} />;
  return null;
}
